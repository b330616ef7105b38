#pragma once

#include <vector>

#include "aligners/banded_dp.h"
#include "aligners/link_cost.h"

namespace concord::aligners {

/// Two sentences translated as two, but with the boundary elsewhere ("A, then B. C." for "A. Then B, C."),
/// are one 2-2 link. The search prefers two 1-1 links there, each with a partial word match of its own, over
/// one whole match. Adjacent 1-1 links s↔t, s+1↔t+1 become one 2-2 when words cross the boundary — on each
/// side at least `min_crossing` anchor words meet their partner only in the other link's sentence —
/// and the lengths agree better as a 2-2 than as the two 1-1 links, by at least `min_length_gain` (−log
/// P(δ)). Returns how many links were merged.
std::size_t mergeCrossedBoundaries(std::vector<BandStep>& steps, const std::vector<BandMove>& moves,
                                   LinkCostModel& model, int min_crossing, double min_length_gain);

}  // namespace concord::aligners
