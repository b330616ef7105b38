#pragma once

#include <cstddef>
#include <vector>

#include "checker/model/text_range.h"

namespace concord {

/// A set of ranges asked whether one of them contains a given range, or lies within it, in O(log n) a
/// question instead of a look at every range. Dropping the findings another finding covers compared every
/// finding with every other one, quadratic in an article's findings; these questions keep it n log n.
class NestedRanges {
 public:
  /// Takes the ranges in any order.
  explicit NestedRanges(std::vector<TextRange> ranges);

  /// Whether some range r has r.begin <= inner.begin and inner.end <= r.end.
  bool anyContaining(const TextRange& inner) const;
  /// The same, leaving out ranges equal to `inner`.
  bool anyContainingOtherThan(const TextRange& inner) const;
  /// Whether some range r has outer.begin <= r.begin and r.end <= outer.end.
  bool anyWithin(const TextRange& outer) const;

 private:
  // How many ranges (in sorted order) start before `begin`, or at or before it.
  std::size_t startingBefore(std::size_t begin) const;
  std::size_t startingAtOrBefore(std::size_t begin) const;
  // Whether one of the first `count` ranges ends at or after `end`.
  bool oneOfFirstReaches(std::size_t count, std::size_t end) const {
    return count > 0 && furthest_end_[count - 1] >= end;
  }

  std::vector<TextRange> ranges_;          // sorted by (begin, end)
  std::vector<std::size_t> furthest_end_;  // [k]: the largest end among ranges_[0..k]
  std::vector<std::size_t> nearest_end_;   // [k]: the smallest end among ranges_[k..]
};

}  // namespace concord
