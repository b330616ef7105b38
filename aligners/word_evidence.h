#pragma once

#include <array>
#include <cstddef>
#include <utility>
#include <vector>

#include "aligners/sentence_anchors.h"

namespace concord::aligners {

/// Sets every word's `expected` (weight × its kind's expectation) and each sentence's total. The Dice of a
/// link weighs unmatched words by it: a number or a name left out is evidence that the sentences do not
/// correspond, a word the lexicon does not know may simply have been translated, so its absence says little
/// (a Dice over all words treats both alike, and so pushes a sentence whose words the lexicon does not cover
/// out of a merge as an "omission").
void applyExpectations(AnchorFeatures& features, const AnchorExpectations& expectations);

/// The word evidence as a log-likelihood ratio of "these sentences translate each other" against "they are
/// unrelated": a word of kind k meets its partner in a correct link with probability p_k (`match`, clamped
/// to 0.02..0.98) and by chance with probability q (its `chance`, × the number of sentences on the other
/// side). A matched word adds log(p/q), an unmatched one log((1−p)/(1−q)); a word left out in a 1-0/0-1 link
/// adds nothing. Sets each sentence's `gains` (per word: log(p/q) − log((1−p)/(1−q))), `miss` (all its words
/// unmatched) and `max_gain`.
void applyMatchOdds(AnchorFeatures& features, const AnchorExpectations& match);

/// Matched and total weight per AnchorKind over both sides of the given sentence pairs (source index, target
/// index): how often words of each kind found their partner in links a first pass is sure of.
struct KindMatchCounts {
  std::array<double, kAnchorKinds> matched{}, total{};
};
KindMatchCounts countKindMatches(const AnchorFeatures& features,
                                 const std::vector<std::pair<std::size_t, std::size_t>>& pairs);

}  // namespace concord::aligners
