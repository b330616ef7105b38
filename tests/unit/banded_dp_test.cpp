// The banded search: same answer as a full search, widening where the path leaves the diagonal.
#include "aligners/banded_dp.h"

#include <gtest/gtest.h>

namespace concord::aligners {
namespace {

constexpr BandMove kMoves[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};

// Source sentence i "is" target sentence partner[i] (or none, -1): a 1-1 link is cheap exactly there.
BandCost costFor(const std::vector<long>& partner) {
  return [partner](std::size_t i, std::size_t j, const BandMove& move) {
    if (move.source == 0 || move.target == 0) return 3.0;
    if (move.source == 1 && move.target == 1) return partner[i - 1] == static_cast<long>(j - 1) ? 0.0 : 10.0;
    return 12.0;
  };
}

std::vector<std::pair<std::size_t, std::size_t>> oneToOnes(const BandResult& result) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const BandStep& s : result.steps)
    if (kMoves[s.move].source == 1 && kMoves[s.move].target == 1)
      pairs.emplace_back(s.source_begin, s.target_begin);
  return pairs;
}

TEST(BandedDp, DiagonalNeedsNoWidening) {
  std::vector<long> partner;
  for (long i = 0; i < 200; ++i) partner.push_back(i);
  const BandResult result = alignBanded(200, 200, kMoves, costFor(partner), 8);
  EXPECT_EQ(result.widenings, 0);
  EXPECT_EQ(result.steps.size(), 200u);
  EXPECT_LT(result.cells, 200u * 20u);  // a band, not the whole matrix
}

TEST(BandedDp, WidensWhereAnOmittedBlockPushesThePathOffTheDiagonal) {
  // 60 target sentences are missing from the middle of the source: source 0-99 ↔ target 0-99,
  // source 100-199 ↔ target 160-259. The path runs 60 sentences off the diagonal of a 200 × 260 matrix.
  std::vector<long> partner;
  for (long i = 0; i < 200; ++i) partner.push_back(i < 100 ? i : i + 60);
  const BandResult narrow = alignBanded(200, 260, kMoves, costFor(partner), 4);
  EXPECT_GT(narrow.widenings, 0);
  EXPECT_GE(narrow.half_width, 32u);
  const BandResult full = alignBanded(200, 260, kMoves, costFor(partner), 1000);
  EXPECT_EQ(oneToOnes(narrow), oneToOnes(full));
  EXPECT_EQ(oneToOnes(narrow).size(), 200u);
}

TEST(BandedDp, WidensOnlyWhereThePathLeftTheBand) {
  // 2,000 sentences a side; the path leaves the diagonal only between rows 1000 and 1500: 50 source
  // sentences there have no translation, and 50 target sentences further on have no source. The band must
  // widen there (the path runs 50 off the centre line) and stay narrow elsewhere, so the cells stay close
  // to n × the initial band instead of n × the final one: a long document that drifts in one place does not
  // pay for a wide band along its whole length.
  std::vector<long> partner;
  for (long i = 0; i < 2000; ++i) partner.push_back(i < 1000 ? i : i < 1050 ? -1 : i < 1500 ? i - 50 : i);
  const BandResult local = alignBanded(2000, 2000, kMoves, costFor(partner), 8);
  EXPECT_GE(local.half_width, 64u);
  EXPECT_LT(local.cells, 2000u * 64u);  // doubling every row to ±64 would be 2000 × 129
  const BandResult full = alignBanded(2000, 2000, kMoves, costFor(partner), 4000);
  EXPECT_EQ(oneToOnes(local), oneToOnes(full));
  EXPECT_EQ(oneToOnes(local).size(), 1950u);
}

TEST(BandedDp, WidensNoFurtherThanItsLimit) {
  // The path runs 600 target sentences off the centre line at its start (600 target sentences with no
  // source, then a 1-1 run): the band stops widening at kMaxWidenedHalfWidth, so the cells stay n × that
  // band instead of growing towards n × m, and the path still reaches (n, m) through the band.
  std::vector<long> partner;
  for (long i = 0; i < 2000; ++i) partner.push_back(i + 600);
  const BandResult capped = alignBanded(2000, 2600, kMoves, costFor(partner), 8);
  EXPECT_GT(capped.widenings, 0);
  EXPECT_EQ(capped.half_width, kMaxWidenedHalfWidth);
  EXPECT_LE(capped.cells, 2001u * (2 * kMaxWidenedHalfWidth + 1) * 2);
  ASSERT_FALSE(capped.steps.empty());
  const BandStep& last = capped.steps.back();
  EXPECT_EQ(last.source_begin + kMoves[last.move].source, 2000u);
  EXPECT_EQ(last.target_begin + kMoves[last.move].target, 2600u);
  // A band given wider from the start is kept: the limit is on widening only.
  EXPECT_EQ(alignBanded(300, 300, kMoves, costFor(partner), 1000).half_width, 1000u);
}

TEST(BandedDp, CentresFollowTheGivenLine) {
  // The same omitted block; a centre line that already jumps at row 100 needs (almost) no widening.
  std::vector<long> partner;
  std::vector<double> centres;
  for (long i = 0; i < 200; ++i) partner.push_back(i < 100 ? i : i + 60);
  for (long i = 0; i <= 200; ++i) centres.push_back(i < 100 ? i : i + 60);
  const BandResult result = alignBanded(200, 260, kMoves, costFor(partner), 4, centres);
  EXPECT_LE(result.widenings, 1);  // not the 3 doublings the straight diagonal needs
  EXPECT_LT(result.half_width, alignBanded(200, 260, kMoves, costFor(partner), 4).half_width);
  EXPECT_EQ(oneToOnes(result), oneToOnes(alignBanded(200, 260, kMoves, costFor(partner), 1000)));
}

TEST(BandedDp, ARowReachesTheNextRowsCentre) {
  // 60 target sentences the source does not have come before source sentence 100's translation: the path
  // runs along row 100 from column 100 to 160 by 0-1 links, then steps to row 101. A centre line that jumps
  // between rows 100 and 101 (as pinned sentence pairs make it) must let row 100 reach that far.
  std::vector<long> partner;
  std::vector<double> centres;
  for (long i = 0; i < 200; ++i) partner.push_back(i < 100 ? i : i + 60);
  for (long i = 0; i <= 200; ++i) centres.push_back(i <= 100 ? i : i + 60);
  const BandResult result = alignBanded(200, 260, kMoves, costFor(partner), 4, centres);
  EXPECT_EQ(result.widenings, 0);
  EXPECT_EQ(oneToOnes(result), oneToOnes(alignBanded(200, 260, kMoves, costFor(partner), 1000)));
  EXPECT_EQ(oneToOnes(result).size(), 200u);
}

TEST(BandedDp, RefiningAlongAPathStaysNarrowWhereThePathHolds) {
  // A second pass guided by a first pass's path searches only a narrow band along it.
  std::vector<long> partner;
  for (long i = 0; i < 200; ++i) partner.push_back(i < 100 ? i : i + 60);
  const BandResult exact = alignBanded(200, 260, kMoves, costFor(partner), 1000);
  const BandResult along = alignAlongPath(200, 260, kMoves, costFor(partner), exact.steps, 2);
  EXPECT_EQ(along.widenings, 0);
  EXPECT_LT(along.cells, 200u * 70u);
  EXPECT_EQ(oneToOnes(along), oneToOnes(exact));
}

TEST(BandedDp, RefiningWidensWhereThePathLeavesTheGuide) {
  // The guide misses a 3-sentence shift in the middle (its 1-1s run 3 sentences too early from row 100): the
  // refined path hugs the band's edge there, so the band widens and the true links are found.
  std::vector<long> partner, shifted;
  for (long i = 0; i < 200; ++i) partner.push_back(i < 100 ? i : i + 3);
  for (long i = 0; i < 200; ++i) shifted.push_back(i);
  const BandResult guide = alignBanded(200, 203, kMoves, costFor(shifted), 1000);
  const BandResult refined = alignAlongPath(200, 203, kMoves, costFor(partner), guide.steps, 1);
  EXPECT_EQ(oneToOnes(refined), oneToOnes(alignBanded(200, 203, kMoves, costFor(partner), 1000)));
  EXPECT_EQ(oneToOnes(refined).size(), 200u);
}

TEST(BandedDp, ReachesTheEndWhenTheSidesDifferALotInLength) {
  // 2 source sentences against 300 target sentences: the rows' bands are far apart but must connect.
  const BandResult result = alignBanded(2, 300, kMoves, costFor({0, 299}), 4);
  std::size_t targets = 0;
  for (const BandStep& s : result.steps) targets += kMoves[s.move].target;
  EXPECT_EQ(targets, 300u);
  EXPECT_EQ(oneToOnes(result), (std::vector<std::pair<std::size_t, std::size_t>>{{0, 0}, {1, 299}}));
}

TEST(BandedDp, CoversBothSidesEvenWhenOneIsEmpty) {
  const BandResult result = alignBanded(0, 3, kMoves, costFor({}), 4);
  ASSERT_EQ(result.steps.size(), 3u);
  for (const BandStep& s : result.steps) EXPECT_EQ(kMoves[s.move].target, 1);
}

}  // namespace
}  // namespace concord::aligners
