// HTML article pages as either side of a pair: the seed pair as a news site would publish it gives the text
// pair's findings, at the HTML file's own lines and columns, and bad pages are refused in one line.
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
// The seed pair written by hand as CMS pages: navigation, scripts, JSON-LD, an aside and footers that mention
// Kiev (never text), entities, inline links and emphasis around the findings, an unclosed <p>, a stray end
// tag.
const std::string kHtmlSource = "tests/data/html/belgorod.fr.html";
const std::string kHtmlTarget = "tests/data/html/belgorod.en.html";

TEST(HtmlArticles, SeedPairAsHtmlGivesTheTextPairsFindings) {
  const auto text = checkJson({repoPath(kTextSource), repoPath(kTextTarget)});
  const auto html = checkJson({repoPath(kHtmlSource), repoPath(kHtmlTarget)});
  EXPECT_EQ(countsByRule(html), countsByRule(text));
  EXPECT_EQ(html["source"]["lang"], "fr");
  EXPECT_EQ(html["target"]["lang"], "en");
  expectEveryFindingAtItsPlace(html, readFile(repoPath(kHtmlSource)), readFile(repoPath(kHtmlTarget)));

  // Any mix: a text source and an HTML target.
  const auto mixed = checkJson({repoPath(kTextSource), repoPath(kHtmlTarget)});
  EXPECT_EQ(countsByRule(mixed), countsByRule(text));
}

TEST(HtmlArticles, PositionsAreTheHtmlFilesInEveryFormat) {
  const std::string target = repoPath(kHtmlTarget);
  const std::string bytes = readFile(target);
  // "Kiev" inside a link, on the line after an HTML comment: line and column of the page as written.
  const std::string marker = "accused <a href=\"/tag/kyiv\" class=\"tag\">Kiev";
  const std::size_t at = bytes.find(marker) + marker.size() - 4;
  const auto line =
      static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(at), '\n') + 1);
  const auto column = static_cast<int>(at - bytes.rfind('\n', at));  // the line is ASCII up to there
  const auto report = checkJson({repoPath(kHtmlSource), target});
  bool found = false;
  for (const auto& finding : report["findings"]) {
    if (finding["rule"] != "transliteration/house-style" || finding["target"]["line"] != line) continue;
    found = true;
    EXPECT_EQ(finding["target"]["column"], column);
    EXPECT_EQ(finding["target"]["text"], "Kiev");
    EXPECT_EQ(finding["target"]["offset"], at);
  }
  EXPECT_TRUE(found) << report.dump(1);
  // Nothing of the head, the site header and navigation (which name Kiev too) is reported.
  const auto article_line =
      std::count(bytes.begin(), bytes.begin() + static_cast<long>(bytes.find("<article")), '\n');
  for (const auto& finding : report["findings"]) {
    if (finding.contains("target") && !finding["target"].is_null()) {
      EXPECT_GT(finding["target"]["line"].get<long>(), article_line) << finding.dump();
    }
  }
  std::ostringstream place;  // (operator+ on to_string here trips GCC 12's -Wrestrict false positive)
  place << target << ':' << line << ':' << column << ": warning:";
  const auto text = runConcord({"check", repoPath(kHtmlSource), target});
  EXPECT_NE(text.out.find(place.str()), std::string::npos) << text.out;
  const auto sarif = runConcord({"check", repoPath(kHtmlSource), target, "--format", "sarif"});
  bool in_sarif = false;
  std::string regions;
  const auto sarif_report = nlohmann::json::parse(sarif.out);
  for (const auto& result : sarif_report["runs"][0]["results"]) {
    const auto& region = result["locations"][0]["physicalLocation"]["region"];
    regions += region.dump() + "\n";
    in_sarif = in_sarif || (region["startLine"] == line && region["startColumn"] == column);
  }
  EXPECT_TRUE(in_sarif) << line << ":" << column << " not in\n" << regions;
}

std::string repeated(const std::string& piece, int times) {
  std::string result;
  for (int i = 0; i < times; ++i) result += piece;
  return result;
}

TEST(HtmlArticles, BadPagesAreOneLineExitTwoAndNothingWritten) {
  const std::vector<BadFile> cases{
      {"binary.en.html", std::string("<p>Kyiv\0</p>", 12), ":1:8: binary file"},
      {"latin1.en.html", "<html>\n<p>Caf\xE9 au lait.</p>", ":2:7: invalid UTF-8"},
      {"menu.en.html", "<html><body><nav><a href=\"/\">Home</a></nav><script>x()</script></body></html>",
       ": no article text in this HTML page"},
      // A million unclosed <b>: minutes in the parser, refused before it in milliseconds.
      {"deep.en.html", "<html>\n<body>" + repeated("<b>", 1000000),
       ":2:12289: elements nested more than 4096"},
  };
  expectEachRefusedInOneLine(cases, {repoPath(kTextSource)});
}

TEST(HtmlArticles, BrokenMarkupIsRecoveredNotRefused) {
  const std::string dir = makeTempDir();
  writeFile(dir + "/story.fr.html", "<p>La Russie accuse Kiev d&rsquo;être derrière l'attaque.\n<div><p>Fin");
  writeFile(dir + "/story.en.html",
            "<p>Russia accuses <b title=\"Kiev\">Kiev</i> of being behind the attack.\n<table><p>End");
  const auto r = runConcord({"check", dir + "/story.fr.html", dir + "/story.en.html", "--format", "json"});
  std::filesystem::remove_all(dir);
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto report = nlohmann::json::parse(r.out);
  ASSERT_FALSE(report["findings"].empty());
  for (const auto& finding : report["findings"]) {  // markup is never quoted as text
    for (const char* side : {"source", "target"}) {
      if (finding.contains(side) && !finding[side].is_null()) {
        EXPECT_EQ(finding[side]["text"].get<std::string>().find('<'), std::string::npos) << finding.dump();
      }
    }
  }
  ASSERT_EQ(countsByRule(report)["transliteration/house-style"], 1) << "an attribute is never text";
  EXPECT_EQ(report["findings"][0]["target"]["text"], "Kiev");
  EXPECT_EQ(report["findings"][0]["target"]["column"], 35);  // after "<p>Russia accuses <b title="Kiev">"
}

}  // namespace
}  // namespace concord::testing
