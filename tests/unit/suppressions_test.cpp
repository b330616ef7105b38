// Reading inline directives from a Markdown article: what counts as one, and the regions they make.
#include "checker/reading/suppressions.h"

#include <gtest/gtest.h>

namespace concord {
namespace {

using Kind = SuppressionDirective::Kind;

TEST(Suppressions, RulesAreSplitOnCommasAndSpacesAndAReasonIsIgnored) {
  const Document doc("a.en.md",
                     "<!-- concord-disable-next-line quotes,typography  spelling -- names -->\nText.\n", "en",
                     TextFormat::markdown);
  const Suppressions s = readSuppressions(doc);
  ASSERT_EQ(s.directives.size(), 1u);
  EXPECT_EQ(s.directives[0].kind, Kind::disable_next_line);
  EXPECT_EQ(s.directives[0].rules, (std::vector<std::string>{"quotes", "typography", "spelling"}));
  ASSERT_EQ(s.regions.size(), 1u);
  EXPECT_EQ(s.regions[0].range.in(doc.original()), "Text.\n");
  EXPECT_NE(s.hiding("quotes/unbalanced", s.regions[0].range.begin), nullptr);
  EXPECT_EQ(s.hiding("numbers/mismatch", s.regions[0].range.begin), nullptr);
}

TEST(Suppressions, OrdinaryCommentsCodeAndPlainTextHoldNone) {
  const std::string text = "<!-- a note -->\n```\n<!-- concord-disable -->\n```\nText.\n";
  EXPECT_TRUE(readSuppressions(Document("a.en.md", text, "en", TextFormat::markdown)).directives.empty());
  EXPECT_TRUE(
      readSuppressions(Document("a.en.txt", "<!-- concord-disable -->\nText.\n", "en", TextFormat::plain))
          .directives.empty());
}

TEST(Suppressions, DisableWithoutEnableRunsToTheEndAndEnableOfAnotherRuleKeepsIt) {
  const Document doc("a.en.md",
                     "<!-- concord-disable quotes -->\nOne.\n<!-- concord-enable spelling -->\nTwo.\n", "en",
                     TextFormat::markdown);
  const Suppressions s = readSuppressions(doc);
  ASSERT_EQ(s.directives.size(), 2u);
  EXPECT_FALSE(s.enable_closed_something[1]);
  const auto two = doc.original().find("Two");
  EXPECT_NE(s.hiding("quotes/spacing", two), nullptr);
}

TEST(Suppressions, EntryCoversIdsAndCategories) {
  EXPECT_TRUE(ruleEntryCovers("quotes", "quotes/unbalanced"));
  EXPECT_TRUE(ruleEntryCovers("quotes/*", "quotes/unbalanced"));
  EXPECT_TRUE(ruleEntryCovers("quotes/unbalanced", "quotes/unbalanced"));
  EXPECT_FALSE(ruleEntryCovers("quote", "quotes/unbalanced"));
  EXPECT_FALSE(ruleEntryCovers("quotes/spacing", "quotes/unbalanced"));
}

}  // namespace
}  // namespace concord
