// A CI job's batch: ≥ 20 pairs made from the seed with small edits, two malformed ones, run with -j2,
// checked through every output format. Only quotes/unbalanced runs, so the counts are known by construction
// whatever other rules land (the edits change a number on purpose).
#include <filesystem>
#include <map>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kGoodPairs = 22;

// The seed target has two quotes/unbalanced warnings (31:55 and 37:82). Every third pair keeps both, every
// third one has the first repaired (one warning), the rest repair both (clean). Other edits (a changed
// paragraph elsewhere) vary the text without adding findings.
struct Batch {
  std::string dir;
  int expected_warnings = 0;
  int clean_pairs = 0;
};

Batch makeBatch() {
  Batch batch;
  batch.dir = makeTempDir();
  const std::string source = readFile(repoPath("corpora/belgorod/source.fr.txt"));
  const std::string target = readFile(repoPath("corpora/belgorod/target.en.txt"));
  for (int i = 0; i < kGoodPairs; ++i) {
    std::string t = target;
    int warnings = 2;
    if (i % 3 >= 1) {
      t = replacedOnce(t, " “The whole Russian", " The whole Russian");
      warnings = 1;
    }
    if (i % 3 == 2) {
      t = replacedOnce(t, "Ukraine.” We don’t need Russia,”", "Ukraine. We don’t need Russia,”");
      warnings = 0;
    }
    t = replacedOnce(t, "a 42-year-old engineer", "a " + std::to_string(30 + i) + "-year-old engineer");
    const std::string slug = batch.dir + "/story-" + (i < 10 ? "0" : "") + std::to_string(i);
    writeFile(slug + ".fr.txt", source);
    writeFile(slug + ".en.txt", t);
    batch.expected_warnings += warnings;
    batch.clean_pairs += warnings == 0 ? 1 : 0;
  }
  writeFile(batch.dir + "/broken-utf8.fr.txt", source);
  writeFile(batch.dir + "/broken-utf8.en.txt", "The mayor said \xC3\x28 nothing.\n");
  writeFile(batch.dir + "/empty.fr.txt", "");
  writeFile(batch.dir + "/empty.en.txt", target);
  return batch;
}

class CiBatch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    batch_ = new Batch(makeBatch());
    out_ = new std::string(batch_->dir + "/out");
    fs::create_directories(*out_);
    // One run writes every format: the exit status must not depend on the files written.
    result_ = new ProcessResult(runConcord({"check",
                                            batch_->dir,
                                            "--source-lang",
                                            "fr",
                                            "--target-lang",
                                            "en",
                                            "-j2",
                                            "--rules",
                                            "quotes/unbalanced",
                                            "--format",
                                            "text",
                                            "--format",
                                            "json:" + *out_ + "/r.json",
                                            "--format",
                                            "jsonl:" + *out_ + "/r.jsonl",
                                            "--format",
                                            "sarif:" + *out_ + "/r.sarif,junit:" + *out_ + "/r.xml",
                                            "--format",
                                            "markdown:" + *out_ + "/r.md",
                                            "--format",
                                            "github:" + *out_ + "/r.github"}));
  }
  static void TearDownTestSuite() {
    fs::remove_all(batch_->dir);
    delete batch_;
    delete out_;
    delete result_;
  }
  static Batch* batch_;
  static std::string* out_;
  static ProcessResult* result_;
};
Batch* CiBatch::batch_ = nullptr;
std::string* CiBatch::out_ = nullptr;
ProcessResult* CiBatch::result_ = nullptr;

TEST_F(CiBatch, SummaryCountsEveryPairAndTheFailuresExitTwo) {
  EXPECT_EQ(result_->exit_code, 2) << "a pair that could not be checked is an error of the run\n"
                                   << result_->err;
  const std::string summary = "checked " + std::to_string(kGoodPairs) +
                              " pairs, 2 could not be checked: 0 errors, " +
                              std::to_string(batch_->expected_warnings) + " warnings, 0 infos";
  EXPECT_NE(result_->out.find(summary), std::string::npos) << result_->out;
  EXPECT_NE(result_->out.find("broken-utf8.en.txt:1:"), std::string::npos)
      << "invalid UTF-8 named with its position";
  EXPECT_NE(result_->out.find("empty.fr.txt: empty file"), std::string::npos) << result_->out;
  EXPECT_NE(result_->out.find("story-00.en.txt:31:55: warning: "), std::string::npos);
  EXPECT_EQ(result_->out.find("story-02.en.txt:"), std::string::npos)
      << "clean pairs stay out of the text report";
}

TEST_F(CiBatch, WithoutBrokenPairsTheExitStatusFollowsFailOn) {
  const std::string dir = makeTempDir();
  for (const char* slug : {"story-00", "story-02"}) {
    fs::copy_file(batch_->dir + "/" + slug + ".fr.txt", dir + "/" + slug + ".fr.txt");
    fs::copy_file(batch_->dir + "/" + slug + ".en.txt", dir + "/" + slug + ".en.txt");
  }
  const std::vector<std::string> base = {"check", dir,       "--source-lang",    "fr", "--target-lang", "en",
                                         "-j2",   "--rules", "quotes/unbalanced"};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return runConcord(args);
  };
  EXPECT_EQ(with({}).exit_code, 1);
  EXPECT_EQ(with({"--fail-on", "error"}).exit_code, 0);
  EXPECT_EQ(with({"--max-findings", "2"}).exit_code, 0) << "two warnings are allowed";
  EXPECT_EQ(with({"--max-findings", "1"}).exit_code, 1);
  const auto quiet = with({"--quiet", "--format", "sarif:" + dir + "/q.sarif"});
  EXPECT_EQ(quiet.exit_code, 1) << "writing a file never changes the exit status";
  EXPECT_TRUE(quiet.out.empty());
  EXPECT_TRUE(fs::exists(dir + "/q.sarif"));
  fs::remove_all(dir);
}

TEST_F(CiBatch, JsonHasEveryPairWithTheContractShape) {
  const auto doc = nlohmann::json::parse(readFile(*out_ + "/r.json"));
  ASSERT_EQ(doc["pairs"].size(), static_cast<std::size_t>(kGoodPairs + 2));
  EXPECT_EQ(doc["summary"]["pairs"], kGoodPairs + 2);
  EXPECT_EQ(doc["summary"]["failed_pairs"], 2);
  EXPECT_EQ(doc["summary"]["warnings"], batch_->expected_warnings);
  int failed = 0;
  for (const auto& pair : doc["pairs"]) {
    EXPECT_TRUE(pair["source"]["path"].is_string());
    EXPECT_TRUE(pair["findings"].is_array());
    failed += pair.contains("error") ? 1 : 0;
  }
  EXPECT_EQ(failed, 2);
}

TEST_F(CiBatch, JsonLinesHasAFindingLinePerFindingAndAPairLinePerPair) {
  const std::string text = readFile(*out_ + "/r.jsonl");
  int findings = 0, pairs = 0, errors = 0;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    const auto line = nlohmann::json::parse(text.substr(start, end - start));
    if (line["type"] == "finding") {
      ++findings;
      EXPECT_EQ(line["rule"], "quotes/unbalanced");
      EXPECT_EQ(line["source_lang"], "fr");
      EXPECT_EQ(line["target"]["line"].get<int>() == 31 || line["target"]["line"].get<int>() == 37, true);
    } else {
      ASSERT_EQ(line["type"], "pair");
      ++pairs;
      EXPECT_TRUE(line.contains("date"));
      EXPECT_TRUE(line["summary"].contains("warnings"));
      errors += line["error"].is_string() ? 1 : 0;
    }
  }
  EXPECT_EQ(start, text.size()) << "every line ends with a newline";
  EXPECT_EQ(findings, batch_->expected_warnings);
  EXPECT_EQ(pairs, kGoodPairs + 2);
  EXPECT_EQ(errors, 2);
}

TEST_F(CiBatch, SarifHasRulesResultsAndCodePointColumns) {
  const auto sarif = nlohmann::json::parse(readFile(*out_ + "/r.sarif"));
  EXPECT_EQ(sarif["version"], "2.1.0");
  const auto& run = sarif["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const auto& rules = run["tool"]["driver"]["rules"];
  ASSERT_FALSE(rules.empty());
  bool found_rule = false;
  for (const auto& rule : rules) {
    if (rule["id"] != "quotes/unbalanced") continue;
    found_rule = true;
    EXPECT_TRUE(rule["shortDescription"]["text"].is_string());
    EXPECT_TRUE(rule["fullDescription"]["text"].is_string());
    EXPECT_NE(rule["help"]["text"].get<std::string>().find("quotes/unbalanced"), std::string::npos)
        << "help comes from the rule's docs page";
    EXPECT_EQ(rule["defaultConfiguration"]["level"], "warning");
  }
  EXPECT_TRUE(found_rule);
  ASSERT_EQ(run["results"].size(), static_cast<std::size_t>(batch_->expected_warnings));
  const auto& first = run["results"][0];
  EXPECT_EQ(first["ruleId"], "quotes/unbalanced");
  EXPECT_EQ(first["level"], "warning");
  const auto& region = first["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startLine"], 31);
  EXPECT_EQ(region["startColumn"], 55);
  EXPECT_EQ(region["endColumn"], 65);
  EXPECT_EQ(region["snippet"]["text"], "“The whole");
  EXPECT_TRUE(first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"].is_string());
  EXPECT_FALSE(run["invocations"][0]["executionSuccessful"]);
  EXPECT_EQ(run["invocations"][0]["toolExecutionNotifications"].size(), 2u);
}

// One testcase per pair with at most one <failure> (every finding at or above --fail-on listed in it) or
// one <error>: the counts Jenkins and GitLab read never exceed the number of tests.
TEST_F(CiBatch, JunitParsesStrictlyWithOneTestcasePerPairAndOneFailurePerFailingPair) {
  pugi::xml_document doc;
  const auto parsed =
      doc.load_file((*out_ + "/r.xml").c_str(), pugi::parse_default | pugi::parse_declaration);
  ASSERT_TRUE(parsed) << parsed.description() << " at " << parsed.offset;
  const auto suites = doc.child("testsuites");
  ASSERT_TRUE(suites);
  const auto suite = suites.child("testsuite");
  ASSERT_TRUE(suite);
  const int failing_pairs = kGoodPairs - batch_->clean_pairs;
  EXPECT_EQ(suite.attribute("tests").as_int(), kGoodPairs + 2);
  EXPECT_EQ(suite.attribute("failures").as_int(), failing_pairs);
  EXPECT_EQ(suite.attribute("errors").as_int(), 2);
  int testcases = 0, failures = 0, errors = 0, listed = 0;
  for (const auto testcase : suite.children()) {
    ASSERT_STREQ(testcase.name(), "testcase") << "only testcases inside a testsuite";
    ++testcases;
    EXPECT_FALSE(std::string(testcase.attribute("name").as_string()).empty());
    EXPECT_FALSE(std::string(testcase.attribute("classname").as_string()).empty());
    int verdicts = 0;
    for (const auto child : testcase.children()) {
      const std::string name = child.name();
      ASSERT_TRUE(name == "failure" || name == "error") << name << ": nothing is below --fail-on here";
      EXPECT_FALSE(std::string(child.attribute("message").as_string()).empty());
      EXPECT_FALSE(std::string(child.attribute("type").as_string()).empty());
      (name == "failure" ? failures : errors)++;
      ++verdicts;
      const std::string text = child.text().as_string();
      for (std::size_t at = 0; (at = text.find("[quotes/unbalanced]", at)) != std::string::npos; ++at)
        ++listed;
    }
    EXPECT_LE(verdicts, 1) << "at most one failure or error per testcase";
  }
  EXPECT_EQ(testcases, kGoodPairs + 2);
  EXPECT_EQ(failures, failing_pairs);
  EXPECT_EQ(errors, 2);
  EXPECT_EQ(listed, batch_->expected_warnings) << "every finding is listed in its pair's failure";
}

TEST_F(CiBatch, MarkdownHasASummaryTableRowPerPair) {
  const std::string md = readFile(*out_ + "/r.md");
  EXPECT_EQ(md.rfind("### Concord: 24 articles, 0 errors, " + std::to_string(batch_->expected_warnings) +
                         " warnings, 0 infos, 2 not checked",
                     0),
            0u)
      << md;
  EXPECT_NE(md.find("| Article | Source | Errors | Warnings | Infos | Status |"), std::string::npos);
  int clean_rows = 0;
  for (std::size_t at = 0; (at = md.find("✅ clean", at)) != std::string::npos; ++at) ++clean_rows;
  EXPECT_EQ(clean_rows, batch_->clean_pairs);
}

TEST_F(CiBatch, GithubAnnotationsHaveOneLinePerFindingAndFailure) {
  const std::string gh = readFile(*out_ + "/r.github");
  int warnings = 0, errors = 0;
  std::size_t start = 0;
  for (std::size_t end; (end = gh.find('\n', start)) != std::string::npos; start = end + 1) {
    const std::string line = gh.substr(start, end - start);
    if (line.starts_with("::warning file=")) ++warnings;
    if (line.starts_with("::error file=")) ++errors;
  }
  EXPECT_EQ(warnings, batch_->expected_warnings);
  EXPECT_EQ(errors, 2);
  EXPECT_NE(gh.find("story-00.en.txt,line=31,col=55,endLine=31,endColumn=65,title=quotes/unbalanced::"),
            std::string::npos)
      << gh;
}

}  // namespace
}  // namespace concord::testing
