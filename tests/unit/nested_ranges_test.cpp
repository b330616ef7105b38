// NestedRanges answers containment questions without looking at every range; each answer must equal the
// one a look at every range gives.
#include "checker/pipeline/nested_ranges.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

namespace concord {
namespace {

bool contains(const TextRange& outer, const TextRange& inner) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

TEST(NestedRanges, ContainingAndWithin) {
  const NestedRanges ranges({{50, 60}, {10, 40}, {12, 14}});
  EXPECT_TRUE(ranges.anyContaining({20, 30}));   // in 10-40
  EXPECT_TRUE(ranges.anyContaining({10, 40}));   // equal counts
  EXPECT_FALSE(ranges.anyContaining({35, 55}));  // across two
  EXPECT_FALSE(ranges.anyContaining({61, 62}));  // after all
  EXPECT_TRUE(ranges.anyWithin({11, 15}));       // 12-14
  EXPECT_TRUE(ranges.anyWithin({50, 60}));       // equal counts
  EXPECT_FALSE(ranges.anyWithin({13, 45}));      // 10-40 starts before, 50-60 ends after
  EXPECT_FALSE(NestedRanges({}).anyContaining({0, 0}));
  EXPECT_FALSE(NestedRanges({}).anyWithin({0, 100}));
}

TEST(NestedRanges, OtherThanLeavesOutTheEqualRangeOnly) {
  EXPECT_FALSE(NestedRanges({{10, 40}}).anyContainingOtherThan({10, 40}));
  EXPECT_TRUE(NestedRanges({{10, 40}, {10, 41}}).anyContainingOtherThan({10, 40}));  // same start, longer
  EXPECT_TRUE(NestedRanges({{9, 40}, {10, 40}}).anyContainingOtherThan({10, 40}));   // earlier start
  EXPECT_FALSE(NestedRanges({{9, 39}, {10, 40}, {11, 50}}).anyContainingOtherThan({10, 40}));
}

TEST(NestedRanges, AgreesWithALookAtEveryRange) {
  std::mt19937 random(29);
  std::uniform_int_distribution<std::size_t> offset(0, 200), length(0, 30);
  auto draw = [&] {
    const std::size_t begin = offset(random);
    return TextRange{begin, begin + length(random)};
  };
  for (int round = 0; round < 50; ++round) {
    std::vector<TextRange> list(1 + round * 3);
    std::generate(list.begin(), list.end(), draw);
    const NestedRanges ranges(list);
    for (int ask = 0; ask < 100; ++ask) {
      const TextRange q = draw();
      auto any = [&](auto test) { return std::any_of(list.begin(), list.end(), test); };
      EXPECT_EQ(ranges.anyContaining(q), any([&](const TextRange& r) { return contains(r, q); }));
      EXPECT_EQ(ranges.anyContainingOtherThan(q),
                any([&](const TextRange& r) { return contains(r, q) && !(r == q); }));
      EXPECT_EQ(ranges.anyWithin(q), any([&](const TextRange& r) { return contains(q, r); }));
    }
  }
}

}  // namespace
}  // namespace concord
