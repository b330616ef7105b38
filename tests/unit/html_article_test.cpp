// HTML article pages: which of the page is article text, where it stands in the file, and how broken markup
// and character references are read.
#include "checker/reading/html_article.h"

#include <gtest/gtest.h>

#include "checker/reading/masked_text.h"
#include "tests/support/user_error.h"

namespace concord {
namespace {

// Each paragraph's analysis text with the blanks left by markup collapsed to one space.
std::vector<std::string> blocks(const HtmlArticle& article) {
  std::vector<std::string> result;
  for (const Paragraph& paragraph : article.paragraphs) {
    std::string collapsed;
    for (const char c : paragraph.range.in(article.text)) {
      if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
      collapsed += c;
    }
    result.push_back(collapsed);
  }
  return result;
}

using Blocks = std::vector<std::string>;

TEST(HtmlArticle, TextStandsAtTheFilesOwnBytesAndMarkupIsBlank) {
  const std::string page = "<html><body>\n<p>Kiev <em>said</em> no.</p>\n<p>Second.</p></body></html>";
  const HtmlArticle article = readHtmlArticle("story.html", page);
  ASSERT_EQ(article.text.size(), page.size());
  ASSERT_EQ(article.paragraphs.size(), 2u);
  EXPECT_EQ(article.paragraphs[0].range.begin, page.find("Kiev"));
  EXPECT_EQ(article.paragraphs[0].range.end, page.find("</p>"));
  EXPECT_EQ(article.paragraphs[0].range.in(article.text), "Kiev     said      no.");
  EXPECT_EQ(article.paragraphs[1].range.in(page), "Second.");
  EXPECT_EQ(article.text.substr(0, 16), std::string(16, ' '));  // tags and the white space between blocks
}

TEST(HtmlArticle, CharacterReferencesAreDecodedWhereTheyStand) {
  const std::string page =
      "<p>AT&amp;T, &ldquo;Kyiv&rdquo; &#8217;s &#x2019; &copy 2023 &notit; &foo; &amp;amp; x&nbsp;y</p>";
  const HtmlArticle article = readHtmlArticle("story.html", page);
  ASSERT_EQ(article.paragraphs.size(), 1u);
  const std::string text(article.paragraphs[0].range.in(article.text));
  // A character that opens a word after a space is put just before its word; every other one where its
  // reference starts. `&copy` needs no ';', `&not` is read out of `&notit;`, an unknown name is text, and
  // `&amp;amp;` is the text "&amp;".
  EXPECT_EQ(
      text,
      "AT&    T,     \xE2\x80\x9CKyiv\xE2\x80\x9D         \xE2\x80\x99s \xE2\x80\x99      \xC2\xA9    2023   "
      "\xC2\xACit; &foo;     &amp; x\xC2\xA0    y");
  const std::size_t kyiv = page.find("Kyiv");
  EXPECT_EQ(article.text.substr(kyiv, 4), "Kyiv") << "a word after a reference keeps its offset";
}

TEST(HtmlArticle, ReferencesForTwoCodePointsAndTheNewlineAfterPre) {
  const std::string page = "<pre>\nline</pre><p>a &nvlt; b</p>";
  const HtmlArticle article = readHtmlArticle("story.html", page);
  EXPECT_EQ(blocks(article), (Blocks{"line", "a <\xE2\x83\x92 b"}));
}

TEST(HtmlArticle, PageFurnitureScriptsAndStylesAreNeverText) {
  const std::string page = R"(<!DOCTYPE html>
<html lang="fr"><head><title>Titre | Le Journal</title><style>p { color: red }</style>
<script>var city = "Kiev";</script></head>
<body><header><a href="/">Le Journal</a><nav><a href="/kiev">Kiev</a></nav></header>
<main><article><header><h1>Le titre</h1></header>
<p>Premier paragraphe.</p>
<figure><img src="a.jpg" alt="Kiev"><figcaption>Une légende.</figcaption></figure>
<script>dataLayer.push({"city": "Kiev"});</script><noscript>Activez JavaScript</noscript>
<div hidden>Caché</div><form><button>Envoyer</button></form>
<aside><h2>Les plus lus</h2><p>Kiev</p></aside>
<blockquote><p>Une citation.</p></blockquote>
<ul><li>Un point</li><li>Un autre</li></ul>
<table><tr><td>Une cellule</td></tr></table>
<footer><p>Par l'AFP</p></footer></article></main>
<footer>© Le Journal</footer><template><p>Modèle</p></template></body></html>)";
  const HtmlArticle article = readHtmlArticle("story.html", page);
  EXPECT_EQ(blocks(article), (Blocks{"Le titre", "Premier paragraphe.", "Une légende.", "Une citation.",
                                     "Un point", "Un autre", "Une cellule", "Par l'AFP"}));
  EXPECT_EQ(article.lang, "fr");
  EXPECT_EQ(article.text.find("Kiev"), std::string::npos);
}

TEST(HtmlArticle, HeadingsAreMarkedSoTheH1IsTheHeadline) {
  const HtmlArticle article = readHtmlArticle(
      "story.html", "<h1>Kremlin <em>concerned</em></h1><p>Body.</p><h2>More</h2><p>End.</p>");
  ASSERT_EQ(article.paragraphs.size(), 4u);
  EXPECT_TRUE(article.paragraphs[0].heading);
  EXPECT_FALSE(article.paragraphs[1].heading);
  EXPECT_TRUE(article.paragraphs[2].heading);
  EXPECT_EQ(blocks(article)[0], "Kremlin concerned");
}

TEST(HtmlArticle, BrokenMarkupIsRecoveredAsBrowsersDo) {
  // Unclosed paragraphs, a stray end tag inside text (the parser drops it and joins the text around it), a
  // comment inside a sentence, text a table cannot hold (moved before the table, which without a DOCTYPE
  // stays inside the paragraph, as in a browser), an unclosed element.
  const std::string page =
      "<p>One <b>two</span> three.\n<p>Four<!-- ad --> five.<table>stray<tr><td>cell</table><p>Six <i>seven";
  const HtmlArticle article = readHtmlArticle("story.html", page);
  EXPECT_EQ(blocks(article), (Blocks{"One two three.", "Four five. stray", "cell", "Six seven"}));
  EXPECT_EQ(article.paragraphs[0].range.in(page), "One <b>two</span> three.");
  for (const Paragraph& paragraph : article.paragraphs)
    EXPECT_EQ(article.text.substr(paragraph.range.begin, 1), page.substr(paragraph.range.begin, 1));
}

TEST(HtmlArticle, MarkupTheParserReadsOtherwiseNeverStopsTheReading) {
  // Found by mutating the seed pages: an end tag with a quoted attribute holding '>' (gumbo reads to the
  // quote's end), a <title> inside the body (its content is text to the parser, never the article's).
  const std::string page =
      "<p>One.</p<a title='>'>>\n<p>Two &#x\nthree.</p><title><ul>menu</title><p>Four.</p>";
  const HtmlArticle article = readHtmlArticle("story.html", page);
  // `</p<a …>` is an end tag named "p<a", which closes nothing: the '>' after it is the paragraph's text.
  EXPECT_EQ(blocks(article), (Blocks{"One. >", "Two &#x\nthree.", "Four."}));
}

TEST(HtmlArticle, CrLfLineEndsStayBlank) {
  const std::string page = "<p>One\r\ntwo.</p>\r\n<p>Three.</p>";
  const HtmlArticle article = readHtmlArticle("story.html", page);
  EXPECT_EQ(article.paragraphs[0].range.in(article.text), "One \ntwo.");  // the CR of CRLF is blank
}

TEST(HtmlArticle, PageWithoutArticleTextIsRefused) {
  testing::expectUserErrorAt(
      [] {
        readHtmlArticle("empty.html", "<html><head><title>T</title></head><body><nav>Menu</nav></body>");
      },
      "empty.html: no article text in this HTML page");
}

TEST(HtmlArticle, NestingTooDeepForAnArticleIsRefusedBeforeParsing) {
  // gumbo takes seconds for tens of thousands of nested elements and minutes for a million: refused at the
  // tag past the limit, in milliseconds.
  std::string deep = "<html>\n<body>";
  for (int i = 0; i < 1000000; ++i) deep += "<b>";
  testing::expectUserErrorAt(
      [&] { readHtmlArticle("deep.html", deep); },
      "deep.html:2:" + std::to_string(7 + 3 * 4094) + ": elements nested more than 4096");
  // Many unclosed paragraphs and list items, <br> and <img> are not nesting.
  std::string flat = "<html><body><ul>";
  for (int i = 0; i < 10000; ++i) flat += "<li>Point<br><img src=x><p>Text";
  const HtmlArticle article = readHtmlArticle("flat.html", flat);
  EXPECT_EQ(article.paragraphs.size(), 20000u);
}

}  // namespace
}  // namespace concord
