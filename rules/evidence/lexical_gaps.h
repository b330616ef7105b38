#pragma once

#include <cstddef>
#include <vector>

#include "checker/model/finding.h"
#include "rules/evidence/length_ratio.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {

/// A sentence that a second, word-based alignment leaves without a counterpart.
struct LexicalGap {
  std::size_t sentence = 0;
  double confidence = 0.4;  ///< 0.75 when the words clearly agree, 0.4 otherwise
};

/// Re-aligns the two documents on shared telling words (names, numbers, cognates such as président/president,
/// compared up to inflection) plus the article's length ratio, with 1-1, 2-1, 1-2, 1-0 and 0-1 steps, and
/// returns the sentences of `side` left alone. A length-only aligner hides a dropped sentence and an added
/// one further down as a shifted diagonal of 1-1 links; shared words expose the shift. Confidence is 0.75
/// when the sentence shares almost nothing with the other side's sentences around its place while its
/// neighbours share words with their partners.
std::vector<LexicalGap> lexicalGaps(const AlignedPair& pair, Side side, const RatioModel* model);

/// Share of `sentence`'s telling words (numbers, words of 4+ letters) found, up to inflection, among `other`.
double tellingOverlap(const std::vector<Word>& sentence, const std::vector<Word>& other);

}  // namespace concord::rules
