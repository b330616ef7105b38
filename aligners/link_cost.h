#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "aligners/anchor_aligner.h"
#include "aligners/banded_dp.h"
#include "aligners/sentence_anchors.h"

namespace concord::aligners {

/// The link types the anchor aligner searches, in the order BandStep::move indexes them. The last
/// kRefineOnlyMoves (2-3, 3-2, 3-1, 1-3, 4-1, 1-4) are searched by the refining pass only: they are rare and
/// the dearest to score, and pass 1's path passes close enough to them for pass 2's narrow band to find them.
const std::vector<BandMove>& anchorMoves();
/// The index in anchorMoves() of the source-target link type (anchorMoves().size() when it has none).
std::size_t anchorMoveIndex(int source, int target);
inline constexpr std::size_t kRefineOnlyMoves = 6;

/// What one candidate link costs, and its parts.
struct LinkScore {
  double cost = 0;
  double dice = 0;         ///< matched weight against matched + expected unmatched weight, 0..1
  double evidence = 0;     ///< log-likelihood ratio of the words (see applyMatchOdds)
  double length_cost = 0;  ///< −log P(δ)
  double lengthP() const;
  /// 0..1, for a link with sentences on both sides: sure when the words agree, or failing words, when the
  /// lengths agree.
  double confidence() const;
};

/// Pairwise matches are needed again and again by neighbouring cells; a direct-mapped cache keeps memory
/// flat.
class PairCache {
 public:
  explicit PairCache(const AnchorFeatures& f);
  const PairMatch& at(std::size_t s, std::size_t t) {  // inline: the DP's innermost call
    Slot& slot = slots_[(s * 2654435761u ^ t * 40503u) & (slots_.size() - 1)];
    if (slot.s != s || slot.t != t) fill(slot, s, t);
    return slot.match;
  }

 private:
  struct Slot {
    std::size_t s = SIZE_MAX, t = SIZE_MAX;
    PairMatch match;
  };
  void fill(Slot& slot, std::size_t s, std::size_t t);
  const AnchorFeatures& features_;
  std::vector<Slot> slots_;
};

/// The cost of a link ending before source sentence i and target sentence j:
/// −log prior(type) + length × −log P(δ) − lexical × Dice − likelihood × evidence + punctuation and paragraph
/// penalties; a 1-0 or 0-1 link costs `skip`.
/// The model keeps its own copy of the weights, and refers to the features, which must outlive it: a
/// temporary AnchorFeatures does not compile.
class LinkCostModel {
 public:
  LinkCostModel(const AnchorFeatures& f, AnchorWeights w, double ratio, double variance, bool paragraphs);
  LinkCostModel(AnchorFeatures&& f, AnchorWeights w, double ratio, double variance, bool paragraphs) = delete;
  LinkScore score(std::size_t i, std::size_t j, const BandMove& move);
  /// The cost alone, for the DP: 1-1 links (a sixth of what it asks) take a shorter way.
  double cost(std::size_t i, std::size_t j, const BandMove& move);
  PairCache& cache() { return cache_; }
  const AnchorFeatures& features() const { return f_; }

 private:
  const AnchorFeatures& f_;
  AnchorWeights w_;
  double ratio_, variance_;
  bool paragraphs_;
  PairCache cache_;

  double finish(LinkScore& result, std::size_t i, std::size_t j, const BandMove& move, double ls, double lt,
                int punct_diff, double matched, double unmatched, double evidence) const;
};

}  // namespace concord::aligners
