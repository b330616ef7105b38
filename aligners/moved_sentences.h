#pragma once

#include <cstddef>
#include <vector>

#include "aligners/link_cost.h"
#include "checker/alignment.h"

namespace concord::aligners {

/// Finds sentences the translation moved. A monotone alignment can only report a sentence that changed place
/// as a 1-0 link (the "omission") plus a 0-1 link elsewhere (the "addition"); where the two sentences
/// translate each other — their 1-1 cost at most `max_cost`, and at least one anchor word shared — the two
/// links name each other as Link::moved_partner, so that rules see one moved sentence instead of an omission
/// and an addition. Candidates lie within `window` links of each other (which keeps the pass linear); the
/// cheapest pairs are taken first and each link pairs at most once. Returns the number of pairs made.
std::size_t pairMovedSentences(std::vector<Link>& links, LinkCostModel& model, double max_cost,
                               std::size_t window);

}  // namespace concord::aligners
