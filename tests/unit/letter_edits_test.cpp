// Letter edits in code points, and the "did you mean" they give for a mistyped command or rule id.
#include "checker/model/letter_edits.h"

#include <gtest/gtest.h>

namespace concord {
namespace {

TEST(LetterEdits, CountsInsertionsSubstitutionsAndSwapsByCodePoint) {
  EXPECT_EQ(letterEdits("Tebboune", "Teboune", 2), 1u);
  EXPECT_EQ(letterEdits("Niamey", "Niamay", 2), 1u);
  EXPECT_EQ(letterEdits("Banerjee", "Banerji", 2), 2u);
  EXPECT_EQ(letterEdits("Tillabéri", "Tillaberi", 2), 1u);    // é is one letter, not two bytes
  EXPECT_EQ(letterEdits("Mirziyoyev", "Mirizyoyev", 2), 1u);  // two neighbours swapped
  EXPECT_EQ(letterEdits("Kyiv", "Odesa", 2), 3u);             // past the limit: limit + 1
}

TEST(ClosestName, FindsTheNearestNameOrItsLastPart) {
  const std::vector<std::string> commands = {"align", "baseline", "check", "explain", "init", "merge"};
  EXPECT_EQ(closestName("chek", commands), "check");
  EXPECT_EQ(closestName("merg", commands), "merge");
  EXPECT_EQ(closestName("exlpain", commands), "explain");  // a swap is one edit
  EXPECT_EQ(closestName("deploy", commands), std::nullopt);
  EXPECT_EQ(closestName("x", commands), std::nullopt);  // one letter is never a guess at 'init'

  const std::vector<std::string> rules = {"numbers/mismatch", "quotes/spacing", "quotes/unbalanced"};
  EXPECT_EQ(closestName("unbalanced", rules), "quotes/unbalanced");
  EXPECT_EQ(closestName("quotes/unbalance", rules), "quotes/unbalanced");
  EXPECT_EQ(closestName("quote/spacing", rules), "quotes/spacing");
  EXPECT_EQ(closestName("typography/dashes", rules), std::nullopt);
}

}  // namespace
}  // namespace concord
