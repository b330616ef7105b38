#include "aligners/crossed_boundaries.h"

#include <algorithm>
#include <bit>

namespace concord::aligners {
namespace {

// How many anchor words cross the boundary between the links s↔t and s+1↔t+1, counted on each side: source
// words of one link that meet their partner in the other link's target sentence and not in their own, and
// target words likewise. A word pair that crosses counts once on each side.
struct Crossing {
  int source = 0, target = 0;
};

Crossing crossingWords(LinkCostModel& model, std::size_t s, std::size_t t) {
  // Copies, not references: the cache is direct-mapped, so one lookup may evict the slot of another.
  PairCache& cache = model.cache();
  const PairMatch own_first = cache.at(s, t), own_second = cache.at(s + 1, t + 1);
  const PairMatch first_to_second = cache.at(s, t + 1), second_to_first = cache.at(s + 1, t);
  Crossing c;
  // s's words met in t+1 only, and s+1's words met in t only.
  c.source = std::popcount(first_to_second.source_mask & ~own_first.source_mask) +
             std::popcount(second_to_first.source_mask & ~own_second.source_mask);
  // t+1's words met in s only, and t's words met in s+1 only.
  c.target = std::popcount(first_to_second.target_mask & ~own_second.target_mask) +
             std::popcount(second_to_first.target_mask & ~own_first.target_mask);
  return c;
}

}  // namespace

std::size_t mergeCrossedBoundaries(std::vector<BandStep>& steps, const std::vector<BandMove>& moves,
                                   LinkCostModel& model, int min_crossing, double min_length_gain) {
  const std::size_t one_one = anchorMoveIndex(1, 1), two_two = anchorMoveIndex(2, 2);
  if (two_two == moves.size()) return 0;
  std::vector<BandStep> kept;
  std::size_t merged = 0;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    if (k + 1 < steps.size() && steps[k].move == one_one && steps[k + 1].move == one_one) {
      const std::size_t s = steps[k].source_begin, t = steps[k].target_begin;
      const Crossing crossing = crossingWords(model, s, t);
      if (std::min(crossing.source, crossing.target) >= min_crossing) {
        const LinkScore first = model.score(s + 1, t + 1, moves[one_one]);
        const LinkScore second = model.score(s + 2, t + 2, moves[one_one]);
        const LinkScore both = model.score(s + 2, t + 2, moves[two_two]);
        if (first.length_cost + second.length_cost - both.length_cost >= min_length_gain) {
          kept.push_back({two_two, s, t, both.cost});
          ++merged;
          ++k;
          continue;
        }
      }
    }
    kept.push_back(steps[k]);
  }
  steps = std::move(kept);
  return merged;
}

}  // namespace concord::aligners
