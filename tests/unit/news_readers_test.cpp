// IPTC ninjs and NewsML-G2 news items as one side of a pair: what of each is text, where it stands in the
// file (JSON escapes and XML entities accounted for), and how bad files are refused.
#include <gtest/gtest.h>

#include "checker/reading/json_string_places.h"
#include "checker/reading/language.h"
#include "checker/reading/news_article.h"
#include "tests/support/user_error.h"

namespace concord {
namespace {

using testing::expectUserErrorAt;

std::vector<std::string> paragraphTexts(const NewsArticle& article) {
  std::vector<std::string> texts;
  for (const Paragraph& paragraph : article.paragraphs) texts.emplace_back(paragraph.range.in(article.text));
  return texts;
}

TEST(JsonStringPlaces, WordsWithEscapesStayWholeAtTheirPlace) {
  // R\u00e9gion: one word from its first byte; \" opens a word where its escape does; \n stands where its
  // escape does; a surrogate pair (twelve bytes) is one four-byte character.
  const std::string raw = R"(R\u00e9gion \"Kiev\"\nfin \ud83d\ude00!)";
  const std::string decoded = "R\xC3\xA9gion \"Kiev\"\nfin \xF0\x9F\x98\x80!";
  const std::string laid = layJsonStringOver(raw, decoded);
  ASSERT_EQ(laid.size(), raw.size());
  EXPECT_EQ(laid,
            "R\xC3\xA9gion     "  // the word, the four bytes its escape saved, the space
            "\"Kiev\"  \n "       // each \" a byte shorter
            "fin \xF0\x9F\x98\x80!        ");
  EXPECT_THROW(layJsonStringOver("abc", "abd"), std::logic_error);
}

TEST(JsonStringPlaces, LiteralsAreFoundAndNestingBombsRefused) {
  const std::string json = R"({"a": "x\"y", "b": ["\\", 1]})";
  const JsonLiterals found = scanJsonLiterals("item.json", json, 8);
  ASSERT_EQ(found.contents.size(), 4u);
  EXPECT_EQ(found.contents[1].in(json), R"(x\"y)");
  EXPECT_EQ(found.contents[3].in(json), R"(\\)");
  expectUserErrorAt([] { scanJsonLiterals("bomb.json", "{\"a\":\n [[[[[[[[[[", 8); },
                    "bomb.json:2:9: arrays and objects nested more than 8 deep");
}

TEST(NinjsReader, Version1FieldsStandWhereTheFileSpellsThem) {
  const std::string item =
      "{\"uri\": \"urn:x\", \"type\": \"text\", \"language\": \"fr-CA\",\n"
      " \"headline\": \"R\\u00e9gion de Belgorod\",\n"
      " \"description_text\": \"Un r\\u00e9sum\\u00e9.\",\n"
      " \"body_text\": \"Premier paragraphe.\\n\\nLe \\\"second\\\" ici.\"}";
  const NewsArticle article = readNinjs("item.json", item);
  ASSERT_EQ(article.text.size(), item.size());
  EXPECT_EQ(article.lang, "fr-CA");
  ASSERT_EQ(article.paragraphs.size(), 1u);
  EXPECT_TRUE(article.paragraphs[0].heading);
  EXPECT_EQ(article.paragraphs[0].range.begin, item.find("R\\u00e9gion"));
  EXPECT_EQ(article.paragraphs[0].range.in(article.text), "R\xC3\xA9gion     de Belgorod");
  ASSERT_EQ(article.wire_copy.size(), 2u);
  EXPECT_EQ(article.wire_copy[1].begin, item.find("Premier"));
  const std::size_t second = item.find("\\\"second");
  EXPECT_EQ(article.text.substr(second, 8), "\"second\"") << "an escaped quote opens its word in place";
  EXPECT_EQ(article.text.find("uri"), std::string::npos) << "keys and other members are blank";
}

TEST(NinjsReader, Version2HtmlBodiesGoThroughTheHtmlReader) {
  const std::string item = R"({"uri": "urn:x", "type": "text",
 "headlines": [{"role": "main", "value": "Kyiv says \"no\""}],
 "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Plain rendition."},
            {"role": "main", "contenttype": "text/html",
             "value": "<p class=\"lead\">Caf\u00e9 &amp; bar.</p>\n<script>x()</script><p>Second.</p>"}]})";
  const NewsArticle article = readNinjs("item.ninjs.json", item);
  EXPECT_EQ(paragraphTexts(article),
            (std::vector<std::string>{"Kyiv says \"no\"", "Caf\xC3\xA9     &     bar.", "Second."}));
  EXPECT_TRUE(article.wire_copy.empty()) << "one rendition of the body: the HTML one";
  EXPECT_EQ(article.paragraphs[1].range.begin, item.find("Caf\\u00e9"));
  EXPECT_EQ(article.paragraphs[2].range.begin, item.find("Second."));
  EXPECT_TRUE(article.lang.empty());
}

TEST(NinjsReader, BadDocumentsAreRefusedNamingTheFile) {
  expectUserErrorAt([] { readNinjs("a.json", "{\"uri\": \"x\",\n \"headline\": }"); },
                    "a.json:2:14: malformed JSON");
  expectUserErrorAt([] { readNinjs("a.json", R"({"name": "not news", "headline": "H"})"); },
                    "a.json: not an IPTC ninjs document");
  expectUserErrorAt([] { readNinjs("a.json", R"(["uri", "headline"])"); },
                    "a.json: not an IPTC ninjs document");
  expectUserErrorAt([] { readNinjs("a.json", R"({"uri": "x", "type": "picture", "headline": "  "})"); },
                    "a.json: no article text in this ninjs document");
  expectUserErrorAt([] { readNinjs("a.json", "{\"uri\": " + std::string(100000, '[')); },
                    "a.json:1:72: arrays and objects nested more than 64 deep");
}

TEST(NewsMlReader, HeadlineDescriptionAndXhtmlBodyWithEntitiesInPlace) {
  const std::string item = R"(<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g" version="1" standard="NewsML-G2"
    standardversion="2.33" xml:lang="en-GB">
  <contentMeta>
    <headline>AT&amp;T in Kyiv</headline>
    <description role="drol:summary">Caf&#233; talk.</description>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>
      <body><p>First &amp; only.</p><p>Second.</p></body></html></inlineXML>
    <inlineData contenttype="text/plain">Never read: the XHTML rendition comes first.</inlineData>
  </contentSet>
</newsItem>
)";
  const NewsArticle article = readNewsMl("item.xml", item);
  ASSERT_EQ(article.text.size(), item.size());
  EXPECT_EQ(article.lang, "en-GB");
  EXPECT_EQ(paragraphTexts(article),
            (std::vector<std::string>{"AT&    T in Kyiv", "First &     only.", "Second."}));
  EXPECT_TRUE(article.paragraphs[0].heading);
  EXPECT_EQ(article.paragraphs[1].range.begin, item.find("First"));
  ASSERT_EQ(article.wire_copy.size(), 1u);
  EXPECT_EQ(article.wire_copy[0].in(article.text), "Caf\xC3\xA9     talk.");
  EXPECT_EQ(article.text.find("Never"), std::string::npos);
  EXPECT_EQ(article.text[item.find("<title>") + 7], ' ') << "the XHTML head is never text";
}

TEST(NewsMlReader, InlineDataIsWireCopyAndLanguageTagIsTheFallback) {
  const std::string item =
      "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentMeta><language tag=\"de\"/>"
      "<headline>Titel</headline></contentMeta><contentSet><inlineData>Erster Absatz.\n\nZweiter "
      "&quot;Absatz&quot;."
      "</inlineData></contentSet></newsItem>";
  const NewsArticle article = readNewsMl("item.nml", item);
  EXPECT_EQ(article.lang, "de");
  ASSERT_EQ(article.wire_copy.size(), 1u);
  EXPECT_EQ(article.wire_copy[0].begin, item.find("Erster"));
  EXPECT_EQ(article.text[item.find("&quot;Absatz") + 5], '"') << "an entity opening a word stands before it";
}

// A newsMessage as agencies send it: a header, then an itemSet with the story and its picture.
const char* const kMessage = R"(<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2026-12-07T09:00:00Z</sent><origin>Wire</origin></header>
  <itemSet>
    <newsItem guid="urn:newsml:wire:photo" xml:lang="en">
      <contentMeta><headline>Photo: Kyiv at dawn</headline></contentMeta>
      <contentSet><remoteContent href="kyiv.jpg"/></contentSet>
    </newsItem>
    <newsItem guid="urn:newsml:wire:story" xml:lang="en-GB">
      <contentMeta><headline>Shelling in Kyiv</headline></contentMeta>
      <contentSet><inlineXML contenttype="text/html"><![CDATA[<p>Caf&eacute; owners in <b>Kyiv</b> reopened.</p>
<p>Second paragraph.</p>]]></inlineXML></contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
)";

TEST(NewsMlReader, AMessageIsItsOneStoryWithAnHtmlBodyInCdata) {
  const std::string message = kMessage;
  const NewsArticle article = readNewsMl("wire.xml", message);
  ASSERT_EQ(article.text.size(), message.size());
  EXPECT_EQ(article.lang, "en-GB") << "the story's, not the photo's";
  EXPECT_EQ(paragraphTexts(article),
            (std::vector<std::string>{"Shelling in Kyiv", "Caf\xC3\xA9       owners in    Kyiv     reopened.",
                                      "Second paragraph."}));
  EXPECT_EQ(article.paragraphs[1].range.begin, message.find("Caf&eacute;")) << "positions are the file's";
  EXPECT_EQ(article.text.find("Photo"), std::string::npos);
  EXPECT_EQ(article.text.find("CDATA"), std::string::npos);
}

TEST(NewsMlReader, AMessageWithSeveralStoriesIsRefusedNamingThem) {
  std::string message = kMessage;
  const std::string photo = "<contentSet><remoteContent href=\"kyiv.jpg\"/></contentSet>";
  message.replace(message.find(photo), photo.size(),
                  "<contentSet><inlineData>Kyiv at dawn.</inlineData></contentSet>");
  expectUserErrorAt([&] { readNewsMl("wire.xml", message); },
                    "wire.xml:9:5: this newsMessage holds 2 news items with article text "
                    "(urn:newsml:wire:photo at line 5, urn:newsml:wire:story at line 9)");
  expectUserErrorAt([] { readNewsMl("empty.xml", "<newsMessage><header/><itemSet/></newsMessage>"); },
                    "empty.xml: this NewsML-G2 newsMessage holds no newsItem");
}

TEST(NewsMlReader, BadDocumentsAreRefusedNamingTheFile) {
  expectUserErrorAt([] { readNewsMl("a.xml", "<newsItem>\n<contentMeta><headline>x</contentMeta>"); },
                    "a.xml:2:");
  expectUserErrorAt([] { readNewsMl("a.xml", "<xliff version=\"1.2\"><file/></xliff>"); },
                    "a.xml: not a NewsML-G2 news item (the root is <xliff>");
  expectUserErrorAt(
      [] { readNewsMl("a.xml", "<newsItem><contentMeta><headline/></contentMeta></newsItem>"); },
      "a.xml: no article text in this NewsML-G2 news item");
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [\n <!ENTITY lol \"lol\">\n"
      " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
      "<newsItem><contentMeta><headline>&lol2;</headline></contentMeta></newsItem>";
  expectUserErrorAt([&] { readNewsMl("laughs.xml", laughs); }, "laughs.xml:2:");
}

TEST(NewsArticle, ReadersByFormat) {
  EXPECT_EQ(languageFromFileName("a/story.fr.ninjs.json"), "fr") << "the tag stands before .ninjs.json";
  EXPECT_EQ(articleStem("a/story.fr.ninjs.json"), "story.fr");
  EXPECT_EQ(articleExtension("a/story.fr.json"), ".json");
  EXPECT_FALSE(readNewsArticle("story.fr.txt", "Text.", FileFormat::text).has_value());
  EXPECT_EQ(readNewsArticle("story.htm5", "<html lang=\"fr\"><p>Texte.</p>", FileFormat::html)->lang, "fr");
}

}  // namespace
}  // namespace concord
