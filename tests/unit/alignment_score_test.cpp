// The field's strict/lax scorer and the [i]:[j] link format.
#include "aligners/alignment_score.h"

#include <gtest/gtest.h>

#include "aligners/link_format.h"
#include "checker/model/error.h"

namespace concord::aligners {
namespace {

std::vector<IdLink> links(const std::string& text) { return parseIdLinks(text, "test"); }

TEST(LinkFormat, ParsesAndPrintsTheGoldFormat) {
  const auto parsed = links("[0]:[0, 1]\n[1, 2]:[2]\n[3]:[]\n\n[]:[3]:0.25\n");
  ASSERT_EQ(parsed.size(), 4u);
  EXPECT_EQ(parsed[0], (IdLink{{0}, {0, 1}}));
  EXPECT_EQ(parsed[3], (IdLink{{}, {3}}));
  EXPECT_EQ(formatIdLink(parsed[0]), "[0]:[0, 1]");
  EXPECT_EQ(formatIdLink(parsed[2]), "[3]:[]");
}

TEST(LinkFormat, MalformedLineNamesFileAndLine) {
  try {
    parseIdLinks("[0]:[0]\n[1:[1]\n", "gold.defr");
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("gold.defr:2:", 0), 0u) << e.what();
  }
}

TEST(AlignmentScore, PerfectAlignmentScoresOne) {
  AlignmentScore score;
  const auto gold = links("[0]:[0]\n[1]:[1, 2]\n[2]:[]\n");
  score.add(gold, gold);
  EXPECT_DOUBLE_EQ(score.strictF1(), 1.0);
  EXPECT_DOUBLE_EQ(score.laxF1(), 1.0);
  EXPECT_DOUBLE_EQ(score.typeRecall("1-0"), 1.0);
  EXPECT_DOUBLE_EQ(score.typePrecision("1-0"), 1.0);
}

TEST(AlignmentScore, StrictLaxAndEmptyLinksLeftOutOfRecall) {
  AlignmentScore score;
  // Gold: 1-1, 1-2, 1-0. Predicted: 1-1 right, 1-1 half of the 1-2 (lax hit), 0-1 for the rest, 1-0 right.
  score.add(links("[0]:[0]\n[1]:[1, 2]\n[2]:[]\n"), links("[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[]\n"));
  // Precision over all 4 predicted links: strict 2 ([0]:[0], [2]:[]), lax 3 ([1]:[1] overlaps [1]:[1, 2]).
  EXPECT_DOUBLE_EQ(score.strictPrecision(), 0.5);
  EXPECT_DOUBLE_EQ(score.laxPrecision(), 0.75);
  // Recall over the 2 gold links non-empty on both sides: strict 1, lax 2.
  EXPECT_DOUBLE_EQ(score.strictRecall(), 0.5);
  EXPECT_DOUBLE_EQ(score.laxRecall(), 1.0);
  EXPECT_DOUBLE_EQ(score.typeRecall("1-2"), 0.0);
  EXPECT_DOUBLE_EQ(score.typePrecision("0-1"), 0.0);
}

TEST(AlignmentScore, CountsAreSummedOverFilesNotAveraged) {
  AlignmentScore score;
  score.add(links("[0]:[0]\n"), links("[0]:[0]\n"));                                   // 1/1
  score.add(links("[0]:[0]\n[1]:[1]\n[2]:[2]\n"), links("[0, 1]:[0, 1]\n[2]:[2]\n"));  // 1/2 precision
  EXPECT_DOUBLE_EQ(score.strictPrecision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(score.strictRecall(), 2.0 / 4.0);
}

}  // namespace
}  // namespace concord::aligners
