// IPTC ninjs and NewsML-G2 news items as either side of a pair: the seed pair written as news items
// (tests/data/news/make_belgorod.py) gives the text pair's findings, at the news file's own lines and
// columns through JSON escapes, and bad files are refused in one line.
#include <algorithm>
#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/finding_places.h"
#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

const std::string kTextSource = "corpora/belgorod/source.fr.txt";
const std::string kTextTarget = "corpora/belgorod/target.en.txt";
// ninjs 2.x (bodies[] as text/html) and 1.x (body_text, everything beyond ASCII as \u escapes).
const std::string kNinjsSource = "tests/data/news/belgorod.fr.ninjs.json";
const std::string kNinjsTarget = "tests/data/news/belgorod.en.ninjs.json";
// NewsML-G2 with an XHTML inlineXML, and with inlineData.
const std::string kNewsMlSource = "tests/data/news/belgorod.fr.xml";
const std::string kNewsMlTarget = "tests/data/news/belgorod.en.xml";

// Each finding as its rule and message: the message quotes the decoded text, so equal lists mean the same
// findings on the same words, whatever file they were read from. Runs of spaces count as one: the bytes an
// escape saves stay blank after its word (`\u201cLegion Freedom` quotes as "Legion    Freedom").
std::vector<std::string> findingsByMessage(const nlohmann::json& report) {
  std::vector<std::string> found;
  for (const auto& finding : report["findings"]) {
    std::string line = finding["rule"].get<std::string>() + ": ";
    for (const char c : finding["message"].get<std::string>()) {
      if (c != ' ' || line.back() != ' ') line += c;
    }
    found.push_back(line);
  }
  std::sort(found.begin(), found.end());
  return found;
}

void expectTheTextPairsFindings(const std::string& source, const std::string& target) {
  const auto text = checkJson({repoPath(kTextSource), repoPath(kTextTarget)});
  const auto news = checkJson({repoPath(source), repoPath(target)});
  EXPECT_EQ(findingsByMessage(news), findingsByMessage(text));
  EXPECT_EQ(news["source"]["lang"], "fr") << "from the file: its name carries no language tag";
  EXPECT_EQ(news["target"]["lang"], "en");
  expectEveryFindingAtItsPlace(news, readFile(repoPath(source)), readFile(repoPath(target)));
}

TEST(NewsFormats, SeedPairAsNinjsGivesTheTextPairsFindings) {
  expectTheTextPairsFindings(kNinjsSource, kNinjsTarget);
}

TEST(NewsFormats, SeedPairAsNewsMlGivesTheTextPairsFindings) {
  expectTheTextPairsFindings(kNewsMlSource, kNewsMlTarget);
}

TEST(NewsFormats, EachSideInItsOwnFormat) {
  // Two checks only (CI time): each mix against the other, both against the text pair's by the tests above.
  const auto ninjs_html = checkJson({repoPath(kNinjsSource), repoPath("tests/data/html/belgorod.en.html")});
  const auto newsml_ninjs = checkJson({repoPath(kNewsMlSource), repoPath(kNinjsTarget)});
  EXPECT_EQ(countsByRule(ninjs_html), countsByRule(newsml_ninjs));
  EXPECT_EQ(ninjs_html["findings"].size(), newsml_ninjs["findings"].size());
  EXPECT_EQ(newsml_ninjs["source"]["lang"], "fr");
  EXPECT_EQ(ninjs_html["target"]["lang"], "en");
}

TEST(NewsFormats, PositionsAreTheJsonFilesThroughItsEscapes) {
  const std::string target = repoPath(kNinjsTarget);
  const std::string bytes = readFile(target);
  // "Kiev" on body_text's one long line, after many \u escapes: the column counts the file's characters.
  const std::size_t at = bytes.find("Kiev");
  const auto line =
      static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(at), '\n') + 1);
  const auto column = static_cast<int>(at - bytes.rfind('\n', at));  // the file is ASCII
  const auto report = checkJson({repoPath(kNinjsSource), target});
  bool found = false;
  for (const auto& finding : report["findings"]) {
    if (finding["rule"] != "transliteration/house-style" || finding["target"]["offset"] != at) continue;
    found = true;
    EXPECT_EQ(finding["target"]["line"], line);
    EXPECT_EQ(finding["target"]["column"], column);
    EXPECT_EQ(finding["target"]["text"], "Kiev");
  }
  EXPECT_TRUE(found) << report.dump(1);
  std::ostringstream place;
  place << target << ':' << line << ':' << column << ": warning:";
  const auto text = runConcord({"check", repoPath(kNinjsSource), target});
  EXPECT_NE(text.out.find(place.str()), std::string::npos) << text.out;
}

TEST(NewsFormats, NewsMessageWithACdataBodyHasItsFindingsAtTheirPlace) {
  // An agency's message: the story and its picture; the story's HTML body escaped in a CDATA section.
  const std::string message =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\n"
      "<header><sent>2026-12-07T09:00:00Z</sent></header>\n"
      "<itemSet>\n"
      "<newsItem guid=\"urn:wire:photo\"><contentMeta><headline>Kiev</headline></contentMeta>"
      "<contentSet><remoteContent href=\"p.jpg\"/></contentSet></newsItem>\n"
      "<newsItem guid=\"urn:wire:story\" xml:lang=\"en\"><contentSet>\n"
      "<inlineXML contenttype=\"text/html\"><![CDATA[<p>Russian forces shelled <b>Kiev</b> on Monday.</p>]]>"
      "</inlineXML>\n"
      "</contentSet></newsItem>\n</itemSet>\n</newsMessage>\n";
  const std::string dir = makeTempDir();
  const std::string source = dir + "/story.fr.txt";
  const std::string target = dir + "/story.en.xml";
  writeFile(source, "Les forces russes ont bombardé Kiev lundi.\n");
  writeFile(target, message);
  const auto report = checkJson({source, target, "--rules", "transliteration/house-style"});
  std::filesystem::remove_all(dir);
  ASSERT_EQ(report["findings"].size(), 1u) << "the photo's headline is not text: " << report.dump(1);
  const auto& at = report["findings"][0]["target"];
  EXPECT_EQ(at["line"], 7);
  EXPECT_EQ(at["column"], 74) << "the CDATA marker and the tags count as the file's columns";
  EXPECT_EQ(at["text"], "Kiev");
}

TEST(NewsFormats, BadNewsFilesAreOneLineExitTwoAndNothingWritten) {
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [\n <!ENTITY lol \"lol\">\n"
      " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
      "<newsItem><contentMeta><headline>&lol2;</headline></contentMeta></newsItem>";
  const std::vector<BadFile> cases{
      {"bomb.en.json", "{\"uri\": \"x\",\n\"headline\": " + std::string(2000000, '['),
       ":2:76: arrays and objects nested more than 64 deep"},
      {"config.en.json", "{\"name\": \"x\", \"headline\": \"Kyiv\"}", ": not an IPTC ninjs document"},
      {"broken.en.json", "{\"uri\": \"x\", \"headline\": \"Kyiv\"\n\"type\": 1}", ":2:6: malformed JSON"},
      {"laughs.en.xml", laughs, ":2:11: the document type declaration declares entities"},
      {"broken.en.xml", "<newsItem>\n<contentMeta><headline>Kyiv</contentMeta>", ":2:"},
      {"other.en.nml", "<feed><entry>Kyiv</entry></feed>", ": not a NewsML-G2 news item (the root is <feed>"},
  };
  expectEachRefusedInOneLine(cases, {repoPath(kTextSource)});
}

TEST(NewsFormats, FolderBatchesPairNewsFiles) {
  const std::string dir = makeTempDir();
  for (const char* name :
       {"belgorod.fr.ninjs.json", "belgorod.en.ninjs.json", "belgorod.fr.xml", "belgorod.en.xml"})
    std::filesystem::copy_file(repoPath(std::string("tests/data/news/") + name), dir + "/" + name);
  const auto r = runConcord({"check", dir, "--source-lang", "fr", "--target-lang", "en", "--format", "json"});
  std::filesystem::remove_all(dir);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto batch = nlohmann::json::parse(r.out);
  ASSERT_EQ(batch["pairs"].size(), 2u) << r.out.substr(0, 2000);
  for (const auto& pair : batch["pairs"]) {
    EXPECT_FALSE(pair.contains("error")) << pair.dump();
    EXPECT_FALSE(pair["findings"].empty());
  }
  // story.fr.ninjs.json pairs with story.en.ninjs.json: the language tag stands before ".ninjs.json".
  EXPECT_NE(batch["pairs"][0]["target"]["path"].get<std::string>().find("belgorod.en."), std::string::npos);
}

}  // namespace
}  // namespace concord::testing
