#pragma once

#include "aligners/sentence_anchors.h"
#include "checker/model/alignment.h"

namespace concord::aligners {

/// Weights of the anchor aligner's link cost (tuned on Text+Berg dev and sets generated from dev and from
/// gettext catalogues only; see docs/aligner.md).
struct AnchorWeights {
  double length = 1.0;       ///< × Gale–Church length cost -log P(δ)
  double lexical = 12.0;     ///< × anchor Dice coefficient (subtracted)
  double likelihood = 0.5;   ///< × the words' log-likelihood ratio (subtracted; see applyMatchOdds)
  double skip = 6.0;         ///< cost of a 1-0 or 0-1 link
  double punctuation = 0.6;  ///< per differing quote/?/!/:/( count, capped at 3
  double paragraph = 1.5;    ///< a link that ends a paragraph on one side only, or spans a paragraph break
  double variance = 6.8;     ///< Gale–Church s² before it is re-estimated on the document
  std::size_t band = 32;     ///< initial band half-width (sentences) of the first pass, around the diagonal
  std::size_t refine_band = 4;  ///< initial half-width of the second pass, around the first pass's path
  /// The chance that a word of each AnchorKind (number, name, lexicon word, other word) meets its partner in
  /// a correct link. Pass 1 uses these; pass 2 the shares measured on pass 1's sure 1-1 links, pulled towards
  /// these as if they had been seen on `match_pseudo` words of weight 1.
  AnchorExpectations match{{0.9f, 0.7f, 0.6f, 0.1f}};
  double match_pseudo = 20;
  /// In the Dice, an unmatched word counts its weight × expect_scale × its kind's match chance.
  double expect_scale = 2;
  /// × each sentence of a merged link (2-1, 2-2 …) that met no word of the other side although it has numbers
  /// or names (see deadWeight in link_cost.cpp): an omission next to an addition is not a 2-2.
  double dead_member = 2;
  /// A 1-0 and a 0-1 link at most `moved_window` links apart whose sentences cost at most `moved_cost` as a
  /// 1-1 link are one moved sentence (see moved_sentences.h). A sentence an editor moved (an MT sentence, so
  /// a close translation) costs about −6. Two unrelated sentences of one news story that share a few words
  /// cost −0.3 to −3.5, and a wrong move hides an omission from the editor: so −4, although −1 is best on dev
  /// with moves (49 predicted 1-0 links for 22 right, −4 53). See docs/aligner.md, "Moved sentences".
  double moved_cost = -4;
  std::size_t moved_window = 40;
  /// A moved passage of 2 or 3 sentences on one side (a 2-1, 3-1, 1-2 or 1-3 move) must save this much more
  /// per extra sentence than the 1-0 and 0-1 links it replaces cost, or the lone sentence moves alone: an
  /// omission that stands next to a moved sentence stays an omission. 1 and 2 are best on dev with moves.
  double moved_extra_sentence = 2;
  /// Two adjacent 1-1 links are one 2-2 when this many anchor words (on each side) meet their partner across
  /// the boundary between them and the lengths agree better merged (see crossed_boundaries.h).
  int crossed_words = 1;
  double crossed_length_gain = 5;
};

/// What one alignment cost: the DP cells of its largest pass (memory grows with them), the first pass's band.
struct AnchorStats {
  std::size_t dp_cells = 0;
  std::size_t half_width = 0;
  int widenings = 0;
};

/// The default aligner: Gale–Church length cost (ratio from the document, variance re-estimated on a first
/// pass's confident links) plus capped, normalised lexical anchors — numbers by value, romanization-
/// insensitive names, identical tokens and cognates, a FreeDict lexicon when one is installed, punctuation
/// structure — searched by a banded DP over 1-0, 0-1, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4 and 4-1
/// with paragraph ends as soft anchors. Time and memory are linear in length (the band widens itself where
/// the path touches it, to kMaxWidenedHalfWidth at most). Alignment::notes say how many lexicon hits were
/// used, how the band grew, and warn on unbalanced inputs.
class AnchorAligner : public Aligner {
 public:
  explicit AnchorAligner(AnchorWeights weights = {}) : weights_(weights) {}
  Alignment align(const Document& source, const Document& target) const override;
  /// The same, reporting its cost in `stats` (for the benchmark).
  Alignment align(const Document& source, const Document& target, AnchorStats& stats) const;

 private:
  AnchorWeights weights_;
};

}  // namespace concord::aligners
