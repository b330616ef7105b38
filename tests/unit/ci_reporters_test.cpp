// Reporters over per-pair results: the one-pair JSON stays byte-for-byte the DESIGN.md contract, and each CI
// format escapes what its consumer requires.
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/batch/baseline.h"
#include "checker/output/json_reporter.h"
#include "checker/output/jsonl_reporter.h"
#include "checker/output/reporter.h"
#include "dictionaries/dictionary_set.h"

namespace concord {
namespace {

// A pair report as `concord merge` would hold it: contract objects, no documents.
BatchReport handMade(const std::string& target_path, const std::string& message) {
  PairReport pair;
  pair.source_path = "in.fr.txt";
  pair.target_path = target_path;
  pair.source_lang = "fr";
  pair.target_lang = "en";
  pair.findings.push_back(
      {nlohmann::json{
           {"rule", "quotes/unbalanced"},
           {"category", "quotes"},
           {"severity", "warning"},
           {"message", message},
           {"side", "target"},
           {"target", {{"line", 3}, {"column", 5}, {"end_line", 3}, {"end_column", 9}, {"text", "“abc"}}},
           {"source", nullptr},
           {"suggestion", "abc"},
           {"confidence", 1.0},
           {"notes", nlohmann::json::array()}},
       "0123456789abcdef"});
  BatchReport report;
  report.pairs.push_back(std::move(pair));
  return report;
}

TEST(CiReporters, OnePairJsonIsTheContractByteForByte) {
  const DictionarySet dictionaries;
  CheckOptions options;
  auto result = std::make_shared<CheckResult>(
      checkPair({CONCORD_REPO_DIR "/corpora/belgorod/source.fr.txt", {}, ""},
                {CONCORD_REPO_DIR "/corpora/belgorod/target.en.txt", {}, ""}, options, dictionaries));
  std::ostringstream contract;
  writeJson(*result, contract);
  BatchReport report;
  report.pairs.push_back(reportFromResult(result));
  EXPECT_EQ(renderJson(report, {false, true, true}), contract.str());
}

TEST(CiReporters, GithubEscapesDataAndProperties) {
  const std::string out = renderGithub(handMade("desk/a,b:c.en.txt", "100% wrong\nsecond line\r"));
  EXPECT_EQ(
      out,
      "::warning file=desk/a%2Cb%3Ac.en.txt,line=3,col=5,endLine=3,endColumn=9,title=quotes/unbalanced::"
      "100%25 wrong%0Asecond line%0D%0Asuggestion: abc\n");
}

TEST(CiReporters, MarkdownCellsCannotBreakTheTable) {
  const std::string out = renderMarkdown(handMade("a|b.en.txt", "quote | pipe\nand *stars*"));
  EXPECT_NE(out.find("| a\\|b.en.txt | in.fr.txt | 0 | 1 | 0 | ⚠️ warnings |"), std::string::npos) << out;
  EXPECT_NE(out.find("quote \\| pipe and \\*stars\\*"), std::string::npos) << out;
}

TEST(CiReporters, SarifFixReplacesTheSpanWithTheSuggestion) {
  const auto sarif = nlohmann::json::parse(renderSarif(handMade("dir with space/é.en.txt", "m")));
  const auto& result = sarif["runs"][0]["results"][0];
  const auto& change = result["fixes"][0]["artifactChanges"][0];
  EXPECT_EQ(change["artifactLocation"]["uri"], "dir%20with%20space/%C3%A9.en.txt");
  EXPECT_EQ(change["replacements"][0]["insertedContent"]["text"], "abc");
  EXPECT_EQ(change["replacements"][0]["deletedRegion"]["startColumn"], 5);
  EXPECT_EQ(change["replacements"][0]["deletedRegion"]["endColumn"], 9);
  EXPECT_EQ(result["partialFingerprints"]["concordFingerprint/v1"], "0123456789abcdef");
}

TEST(CiReporters, JsonlRoundTripsThroughTheReader) {
  const BatchReport report = handMade("a.en.txt", "m");
  std::istringstream in(renderJsonl(report));
  BatchReport back;
  readJsonl(in, "x.jsonl", back);
  ASSERT_EQ(back.pairs.size(), 1u);
  EXPECT_EQ(back.pairs[0].findings[0].contract, report.pairs[0].findings[0].contract);
  EXPECT_EQ(back.pairs[0].findings[0].fingerprint, "0123456789abcdef");
  EXPECT_EQ(renderJsonl(back), renderJsonl(report));
}

TEST(CiReporters, BaselineMatchesWithMultiplicity) {
  BatchReport twice = handMade("a.en.txt", "m");
  twice.pairs[0].findings.push_back(twice.pairs[0].findings[0]);
  const Baseline one_known = Baseline::fromReport(handMade("a.en.txt", "m"));
  one_known.apply(twice);
  EXPECT_EQ(twice.baseline_hidden, 1u);
  EXPECT_EQ(twice.pairs[0].findings.size(), 1u) << "the same finding a second time is new";
}

}  // namespace
}  // namespace concord
