// Rule docs rendered through md4c: for a terminal (`concord explain`) and as HTML (the review page).
#include <gtest/gtest.h>

#include "checker/output/markdown_html.h"
#include "checker/output/markdown_terminal.h"

namespace concord {
namespace {

std::string plain(std::string_view markdown, std::size_t width = 80) {
  return renderMarkdownForTerminal(markdown, {.width = width, .ansi = false});
}

std::string styled(std::string_view markdown, std::size_t width = 80) {
  return renderMarkdownForTerminal(markdown, {.width = width, .ansi = true});
}

TEST(TerminalMarkdown, HeadingsLoseTheirHashesAndAreUnderlinedInPlainText) {
  EXPECT_EQ(plain("# quotes/unbalanced\n\n## What it checks\nPairs.\n"),
            "quotes/unbalanced\n=================\n\nWhat it checks\n--------------\nPairs.\n");
  EXPECT_EQ(plain("### Deeper\nText.\n"), "Deeper\nText.\n");
}

TEST(TerminalMarkdown, HeadingsAreBoldOnATerminal) {
  EXPECT_EQ(styled("# Title\n"), "\x1b[1m\x1b[4mTitle\x1b[0m\n");
  EXPECT_EQ(styled("## What\n"), "\x1b[1mWhat\x1b[0m\n");
}

TEST(TerminalMarkdown, EmphasisAndCodeAreStyledWithoutTheirMarkers) {
  EXPECT_EQ(plain("Some *light*, **strong** and `code`.\n"), "Some light, strong and code.\n");
  EXPECT_EQ(styled("a *b* **c** `d`,\n"), "a \x1b[3mb\x1b[0m \x1b[1mc\x1b[0m \x1b[36md\x1b[0m,\n");
  // Nested: bold inside emphasis carries both.
  EXPECT_EQ(styled("*a **b***\n"), "\x1b[3ma\x1b[0m \x1b[1m\x1b[3mb\x1b[0m\n");
}

TEST(TerminalMarkdown, ListsGetBulletsOrNumbersAndHangingIndents) {
  EXPECT_EQ(plain("Before:\n\n- one\n- two words here that wrap\n  - nested\n- three\n", 22),
            "Before:\n\n• one\n• two words here that\n  wrap\n  • nested\n• three\n");
  EXPECT_EQ(plain("3. first\n4. second\n"), "3. first\n4. second\n");
  // A loose list keeps a blank line between its items.
  EXPECT_EQ(plain("- a\n\n- b\n"), "• a\n\n• b\n");
}

TEST(TerminalMarkdown, LinksShowTheirAddressOnce) {
  EXPECT_EQ(plain("See [the docs](../fix.md) and <https://example.com>.\n"),
            "See the docs (../fix.md) and https://example.com.\n");
}

TEST(TerminalMarkdown, CodeBlocksAreIndentedAndNeverWrapped) {
  const std::string long_line(100, 'x');
  EXPECT_EQ(plain("Fires:\n```\n" + long_line + "\n  kept  spaces\n```\nAfter.\n", 40),
            "Fires:\n\n    " + long_line + "\n      kept  spaces\n\nAfter.\n");
}

TEST(TerminalMarkdown, ParagraphsWrapToTheWidth) {
  EXPECT_EQ(plain("one two three four five six seven eight\n", 20),
            "one two three four\nfive six seven eight\n");
  // A soft line break is a space; a word longer than the line keeps a line of its own.
  EXPECT_EQ(plain("short\nhttps://example.com/a/very/long/address end\n", 20),
            "short\nhttps://example.com/a/very/long/address\nend\n");
  // Styles take no columns: the same words wrap at the same places.
  EXPECT_EQ(styled("one **two** three four five\n", 20), "one \x1b[1mtwo\x1b[0m three four\nfive\n");
  // A wide character takes two columns.
  EXPECT_EQ(plain("東京 東京 東京 東京 ab\n", 20), "東京 東京 東京 東京\nab\n");
}

TEST(TerminalMarkdown, QuotesAndRawHtmlAreText) {
  EXPECT_EQ(plain("> quoted\n> more\n\nafter\n"), "│ quoted more\n\nafter\n");
  EXPECT_EQ(plain("Read <a href=\"x\">our report</a>.\n"), "Read <a href=\"x\">our report</a>.\n");
}

TEST(HtmlMarkdown, RendersHeadingsCodeAndListsAsHtml) {
  EXPECT_EQ(renderMarkdownAsHtml("## What\nA `mark` and *this*:\n\n- one\n"),
            "<h2>What</h2>\n<p>A <code>mark</code> and <em>this</em>:</p>\n<ul>\n<li>one</li>\n</ul>\n");
}

TEST(HtmlMarkdown, ShiftsHeadingsAndDropsTheOpeningTitle) {
  EXPECT_EQ(
      renderMarkdownAsHtml("# id\n\n## What\n#### Deep\n", {.heading_shift = 3, .drop_opening_title = true}),
      "<h5>What</h5>\n<h6>Deep</h6>\n");
  // Only a title that opens the document is dropped.
  EXPECT_EQ(renderMarkdownAsHtml("Intro.\n# Later\n", {.heading_shift = 0, .drop_opening_title = true}),
            "<p>Intro.</p>\n<h1>Later</h1>\n");
}

TEST(HtmlMarkdown, NothingInTheDocumentCanRunAScript) {
  const std::string html =
      renderMarkdownAsHtml("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>\n");
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img"), std::string::npos) << html;
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos) << html;
  for (const std::string link : {"[x](javascript:alert(1))", "[x](javascript&#58;alert(1))",
                                 "[x](<java\tscript:alert(1)>)", "![x](data:text/html,hi)"}) {
    const std::string page = renderMarkdownAsHtml("Click " + link + "\n");
    EXPECT_EQ(page.find("href="), std::string::npos) << page;
    EXPECT_EQ(page.find("src="), std::string::npos) << page;
    EXPECT_TRUE(page.starts_with("<pre>")) << page;
  }
  EXPECT_EQ(renderMarkdownAsHtml("[docs](../fix.md) [web](https://example.com)\n"),
            "<p><a href=\"../fix.md\">docs</a> <a href=\"https://example.com\">web</a></p>\n");
}

}  // namespace
}  // namespace concord
