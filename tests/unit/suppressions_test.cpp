// Reading inline directives from a Markdown or HTML article and an XLIFF file: what counts as one, and the
// regions they make.
#include "checker/reading/suppressions.h"

#include <gtest/gtest.h>

#include "checker/reading/html_article.h"

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

TEST(Suppressions, InHtmlNextLineIsTheNextBlockAndOnlyParsedCommentsCount) {
  const std::string page =
      "<html><body><script>x = '<!-- concord-disable -->';</script>\n"
      "<p>One <!-- concord-disable-next-line quotes --> more.</p>\n"
      "<ul><li>Two\nlines.</li></ul><p>Three.</p></body></html>\n";
  HtmlArticle article = readHtmlArticle("a.en.html", page);
  Document doc("a.en.html", page, std::move(article.text), "en", FileFormat::html);
  doc.setSegmentation(std::move(article.paragraphs), {});
  const Suppressions s = readSuppressions(doc);
  ASSERT_EQ(s.directives.size(), 1u) << "the comment in a script is script text";
  EXPECT_EQ(s.directives[0].comment.in(page), "<!-- concord-disable-next-line quotes -->");
  ASSERT_EQ(s.regions.size(), 1u);
  EXPECT_EQ(s.regions[0].range.in(page), "Two\nlines.") << "the block after the comment, both its lines";
}

TEST(Suppressions, InXliffAUnitNoteCoversItsUnitAndConcordsOwnNotesAreNone) {
  const std::string file =
      "<xliff version=\"1.2\"><file><body>\n"
      "<trans-unit id=\"1\"><source>Un.</source><target>One.</target>"
      "<note>concord-disable-line quotes -- as published</note></trans-unit>\n"
      "<trans-unit id=\"2\"><source>Deux.</source><target>Two.</target>"
      "<note from=\"concord\">concord-disable</note><note>concord-enable</note></trans-unit>\n"
      "</body></file></xliff>\n";
  const Document doc("a.xlf", file, std::string(file.size(), ' '), "en", FileFormat::xliff);
  const Suppressions s = readSuppressions(doc);
  ASSERT_EQ(s.directives.size(), 2u);
  EXPECT_EQ(s.directives[0].comment.in(file), "<note>concord-disable-line quotes -- as published</note>");
  EXPECT_EQ(s.directives[1].kind, Kind::enable);
  ASSERT_EQ(s.regions.size(), 1u);
  EXPECT_TRUE(s.regions[0].range.in(file).starts_with("<trans-unit id=\"1\">"));
  EXPECT_TRUE(s.regions[0].range.in(file).ends_with("</trans-unit>"));
  EXPECT_NE(s.hiding("quotes/spacing", file.find("One.")), nullptr);
  EXPECT_EQ(s.hiding("quotes/spacing", file.find("Two.")), nullptr);
  EXPECT_FALSE(s.enable_closed_something[1]);
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
