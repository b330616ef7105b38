// Reading layouts: paragraphs, Markdown masking, line index.
#include "checker/model/document.h"

#include <gtest/gtest.h>

#include "checker/model/line_index.h"
#include "checker/reading/markup.h"
#include "checker/segmentation/paragraphs.h"

namespace concord {
namespace {

std::vector<std::string> paragraphTexts(const std::string& text, TextFormat format = TextFormat::plain) {
  const Document doc("x", text, "en", format);
  std::vector<std::string> result;
  for (const Paragraph& p : splitParagraphs(doc)) result.emplace_back(doc.textOf(p.range));
  return result;
}

using Texts = std::vector<std::string>;

TEST(Paragraphs, BlankLineBlocksWithHardWrapsAreOneParagraph) {
  EXPECT_EQ(
      paragraphTexts(
          "The ministry said on Tuesday that\nthe raid was repelled.\n\nNine towns were\nevacuated.\n"),
      (Texts{"The ministry said on Tuesday that\nthe raid was repelled.", "Nine towns were\nevacuated."}));
}

TEST(Paragraphs, OneParagraphPerLineLayout) {
  EXPECT_EQ(paragraphTexts("Russia said on Tuesday it had repelled the raid.\nNine towns were "
                           "evacuated.\nThe governor said so.\n"),
            (Texts{"Russia said on Tuesday it had repelled the raid.", "Nine towns were evacuated.",
                   "The governor said so."}));
}

TEST(Paragraphs, FirstLineWithoutPunctuationIsTheHeadline) {
  const Document doc("x", "Kremlin concerned about a\n\nRussia said on Tuesday it had repelled the raid.\n",
                     "en", TextFormat::plain);
  const auto paragraphs = splitParagraphs(doc);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_TRUE(paragraphs[0].heading);
  EXPECT_FALSE(paragraphs[1].heading);
}

TEST(Markdown, MarkupIsBlankedWithoutMovingOffsets) {
  const std::string md = "# Kremlin *concerned*\n\nRead [the AFP story](https://example.org/a?b=1) now.\n";
  const std::string masked = maskMarkup(md, TextFormat::markdown);
  ASSERT_EQ(masked.size(), md.size());
  const std::string link_line = "Read  the AFP story" + std::string(29, ' ') + "now.";
  EXPECT_EQ(masked, "  Kremlin  concerned \n\n" + link_line + "\n");
  EXPECT_EQ(paragraphTexts(md, TextFormat::markdown), (Texts{"Kremlin  concerned", link_line}));
  const Document doc("x.md", md, "en", TextFormat::markdown);
  EXPECT_TRUE(splitParagraphs(doc)[0].heading);
}

TEST(Markdown, ListItemsAndQuotesAreTheirOwnParagraphs) {
  EXPECT_EQ(paragraphTexts("Key points\n- Nine towns evacuated\n- 12 civilians hurt\n", TextFormat::markdown),
            (Texts{"Key points", "Nine towns evacuated", "12 civilians hurt"}));
  EXPECT_EQ(maskMarkup("> “We will hold,” he said.\n", TextFormat::markdown), "  “We will hold,” he said.\n");
  EXPECT_EQ(maskMarkup("snake_case stays\n", TextFormat::markdown), "snake_case stays\n");
}

TEST(LineIndex, CodePointColumnsCrlfAndBom) {
  const std::string text = "\xEF\xBB\xBF“Kiev” is\r\nKyiv\n";
  const LineIndex index(text);
  EXPECT_EQ(index.at(3).line, 1u);
  EXPECT_EQ(index.at(3).column, 1u) << "the BOM is not a column";
  const auto kiev = text.find("Kiev");
  EXPECT_EQ(index.at(kiev).column, 2u) << "“ is one column although three bytes";
  const auto kyiv = text.find("Kyiv");
  EXPECT_EQ(index.at(kyiv).line, 2u);
  EXPECT_EQ(index.at(kyiv).column, 1u);
  EXPECT_EQ(index.lineText(1), "“Kiev” is") << "no CR in the line text";
}

TEST(Document, AnalysisTextHasNoBomOrCarriageReturns) {
  const Document doc("x", "\xEF\xBB\xBFHello.\r\nWorld.\r\n", "en", TextFormat::plain);
  EXPECT_EQ(doc.text(), "   Hello. \nWorld. \n");
  EXPECT_EQ(doc.original().size(), doc.text().size());
}

}  // namespace
}  // namespace concord
