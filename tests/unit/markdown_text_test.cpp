// The Markdown reader (md4c): what of a Markdown article is text, at the offsets of the file. Each case here
// is one the hand-written masking it replaced got wrong.
#include "checker/reading/markdown_text.h"

#include <gtest/gtest.h>

#include "checker/reading/markup.h"

namespace concord {
namespace {

std::string masked(std::string_view markdown) { return maskMarkup(markdown, TextFormat::markdown); }

TEST(MarkdownText, IndentedAndTildeFencedCodeAreNotText) {
  EXPECT_EQ(masked("Run it:\n\n    concord check\n"), "Run it:\n\n                 \n");
  EXPECT_EQ(masked("~~~\nKiev\n~~~\nKyiv\n"), "   \n    \n   \nKyiv\n");
}

TEST(MarkdownText, SetextUnderlinesAreNotText) {
  EXPECT_EQ(masked("Kyiv holds\n==========\n\nText.\n"), "Kyiv holds\n          \n\nText.\n");
}

TEST(MarkdownText, ReferenceLinksShowOnlyTheirText) {
  EXPECT_EQ(masked("See [the report][afp].\n\n[afp]: https://example.org/a \"AFP\"\n"),
            "See  the report      .\n\n" + std::string(34, ' ') + "\n");
}

TEST(MarkdownText, LinkDestinationsWithParenthesesAndLinksOverTwoLines) {
  EXPECT_EQ(masked("A [dam](https://en.wikipedia.org/wiki/Dam_(Kakhovka)) broke.\n"),
            "A  dam" + std::string(47, ' ') + " broke.\n");
  EXPECT_EQ(masked("A [long\nlink](u) here.\n"), "A  long\nlink     here.\n");
}

TEST(MarkdownText, OnlyDelimitersAreMaskedNotEveryAsterisk) {
  EXPECT_EQ(masked("2 * 3 = 6, ***very*** _so_ snake_case\n"), "2 * 3 = 6,    very     so  snake_case\n");
  // An escaped mark is text; its backslash is not.
  EXPECT_EQ(masked("\\*not emphasis\\*\n"), " *not emphasis *\n");
}

// The comments of the document's raw HTML, through maskMarkup as the suppressions read them.
std::vector<TextRange> comments(std::string_view markdown) {
  std::vector<TextRange> found;
  maskMarkup(markdown, TextFormat::markdown, &found);
  return found;
}

TEST(MarkdownText, RawHtmlIsNotTextButItsCommentsAreFound) {
  const std::string html = "<div class=\"x\">\n<!-- concord-disable -->\n</div>\n\nSaid <b>it</b>.\n";
  EXPECT_EQ(masked(html),
            std::string(15, ' ') + "\n" + std::string(24, ' ') + "\n      \n\nSaid    it    .\n");
  EXPECT_EQ(comments(html), (std::vector<TextRange>{{16, 16 + 24}}));
  // An autolink's address is what the reader sees; its angle brackets are not.
  EXPECT_EQ(masked("At <https://example.org>.\n"), "At  https://example.org .\n");
}

TEST(MarkdownText, ACommentInCodeIsNotADirective) {
  EXPECT_TRUE(comments("Write `<!-- concord-disable -->` to hide.\n").empty());
  EXPECT_TRUE(comments("    <!-- concord-disable -->\n").empty());
  // An inline comment may run over two lines.
  EXPECT_EQ(comments("Text <!-- concord-disable-line\nquotes --> more.\n"),
            (std::vector<TextRange>{{5, 41}}));
}

TEST(MarkdownText, OffsetsSurviveBomAndCrlf) {
  EXPECT_EQ(masked("\xEF\xBB\xBF# Title\r\n\r\n*Kyiv*\r\n"), "     Title \n \n Kyiv  \n");
}

// CMS exports write typography as references: an editor's report must quote the characters, and the quotes
// and numbers rules must see a no-break space and a real quotation mark, not "&nbsp;" and "&quot;".
TEST(MarkdownText, CharacterReferencesAreReadAsTheirCharacters) {
  EXPECT_EQ(masked("AT&amp;T\n"), "AT&    T\n");
  // The character opens the word that follows a space.
  EXPECT_EQ(masked("He said &quot;no&quot;.\n"), "He said      \"no\"     .\n");
  // A no-break space stays next to the guillemet it belongs to on both sides of the quotation.
  EXPECT_EQ(masked("«&nbsp;Oui&nbsp;»\n"), "«\u00A0    Oui    \u00A0»\n");
  // Numeric references, decimal and hexadecimal, and one of two code points.
  EXPECT_EQ(masked("It&#8217;s 5&#x202F;%\n"), "It\u2019    s 5     \u202F%\n");
  EXPECT_EQ(masked("&fjlig; x\n"), "fj      x\n");
  // A name the HTML parser does not know is text as written; a reference in code is code.
  EXPECT_EQ(masked("&bogus; `&amp;`\n"), "&bogus;  &amp; \n");
}

}  // namespace
}  // namespace concord
