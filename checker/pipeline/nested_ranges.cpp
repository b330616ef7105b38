#include "checker/pipeline/nested_ranges.h"

#include <algorithm>
#include <tuple>

namespace concord {

NestedRanges::NestedRanges(std::vector<TextRange> ranges) : ranges_(std::move(ranges)) {
  std::sort(ranges_.begin(), ranges_.end(), [](const TextRange& a, const TextRange& b) {
    return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
  });
  furthest_end_.resize(ranges_.size());
  nearest_end_.resize(ranges_.size());
  for (std::size_t k = 0; k < ranges_.size(); ++k)
    furthest_end_[k] = k == 0 ? ranges_[k].end : std::max(furthest_end_[k - 1], ranges_[k].end);
  for (std::size_t k = ranges_.size(); k-- > 0;)
    nearest_end_[k] =
        k + 1 == ranges_.size() ? ranges_[k].end : std::min(nearest_end_[k + 1], ranges_[k].end);
}

std::size_t NestedRanges::startingBefore(std::size_t begin) const {
  return static_cast<std::size_t>(
      std::lower_bound(ranges_.begin(), ranges_.end(), begin,
                       [](const TextRange& r, std::size_t b) { return r.begin < b; }) -
      ranges_.begin());
}

std::size_t NestedRanges::startingAtOrBefore(std::size_t begin) const {
  return static_cast<std::size_t>(
      std::upper_bound(ranges_.begin(), ranges_.end(), begin,
                       [](std::size_t b, const TextRange& r) { return b < r.begin; }) -
      ranges_.begin());
}

bool NestedRanges::anyContaining(const TextRange& inner) const {
  return oneOfFirstReaches(startingAtOrBefore(inner.begin), inner.end);
}

bool NestedRanges::anyContainingOtherThan(const TextRange& inner) const {
  // One that starts before inner and reaches its end is not inner. Of those starting with it, the last in
  // sorted order ends furthest: the only one that can be longer than inner.
  if (oneOfFirstReaches(startingBefore(inner.begin), inner.end)) return true;
  const std::size_t through = startingAtOrBefore(inner.begin);
  return through > 0 && ranges_[through - 1].begin == inner.begin && ranges_[through - 1].end > inner.end;
}

bool NestedRanges::anyWithin(const TextRange& outer) const {
  const std::size_t first = startingBefore(outer.begin);
  return first < ranges_.size() && nearest_end_[first] <= outer.end;
}

}  // namespace concord
