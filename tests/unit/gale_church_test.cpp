#include "aligners/gale_church.h"

#include <gtest/gtest.h>

namespace concord::aligners {
namespace {

std::vector<std::pair<std::size_t, std::size_t>> shape(const std::vector<LengthStep>& steps) {
  std::vector<std::pair<std::size_t, std::size_t>> result;
  for (const auto& s : steps) result.emplace_back(s.source_count, s.target_count);
  return result;
}

using Shape = std::vector<std::pair<std::size_t, std::size_t>>;

TEST(GaleChurch, EqualLengthsAlignOneToOne) {
  const auto steps = alignLengths({100, 40, 80}, {95, 42, 83}, {1.0, 6.8});
  EXPECT_EQ(shape(steps), (Shape{{1, 1}, {1, 1}, {1, 1}}));
  for (const auto& s : steps) EXPECT_GT(s.confidence, 0.5);
}

TEST(GaleChurch, FindsMergesAndSplits) {
  EXPECT_EQ(shape(alignLengths({100, 60, 50, 90}, {98, 112, 91}, {1.0, 6.8})),
            (Shape{{1, 1}, {2, 1}, {1, 1}}));
  EXPECT_EQ(shape(alignLengths({100, 110, 90}, {98, 55, 54, 91}, {1.0, 6.8})),
            (Shape{{1, 1}, {1, 2}, {1, 1}}));
}

TEST(GaleChurch, FindsADroppedSentence) {
  EXPECT_EQ(shape(alignLengths({120, 130, 90, 140}, {118, 131, 141}, {1.0, 6.8})),
            (Shape{{1, 1}, {1, 1}, {1, 0}, {1, 1}}));
}

TEST(GaleChurch, EmptySides) {
  EXPECT_EQ(shape(alignLengths({}, {10, 20}, {1.0, 6.8})), (Shape{{0, 1}, {0, 1}}));
  EXPECT_TRUE(alignLengths({}, {}, {1.0, 6.8}).empty());
}

}  // namespace
}  // namespace concord::aligners
