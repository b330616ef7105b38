// Baselines: known findings are hidden by a fingerprint that survives edits elsewhere in the article.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

class Baseline : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = makeTempDir();
    fs::create_directories(dir_ + "/stories");
    target_ = readFile(repoPath("corpora/belgorod/target.en.txt"));
    writeFile(dir_ + "/stories/belgorod.fr.txt", readFile(repoPath("corpora/belgorod/source.fr.txt")));
    writeFile(dir_ + "/stories/belgorod.en.txt", target_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  ProcessResult check(std::vector<std::string> extra = {}) {
    // Only quotes/unbalanced: the counts below are known by construction, whatever other rules land.
    std::vector<std::string> args = {"check",         dir_ + "/stories",
                                     "--source-lang", "fr",
                                     "--target-lang", "en",
                                     "--rules",       "quotes/unbalanced",
                                     "--baseline",    dir_ + "/baseline.json",
                                     "--format",      "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    return runConcord(args);
  }

  std::string dir_;
  std::string target_;
};

TEST_F(Baseline, CreateThenEditElsewhereThenAddOne) {
  const auto created =
      runConcord({"baseline", "create", dir_ + "/stories", "--source-lang", "fr", "--target-lang", "en",
                  "--rules", "quotes/unbalanced", "--output", dir_ + "/baseline.json"});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  const auto baseline = nlohmann::json::parse(readFile(dir_ + "/baseline.json"));
  ASSERT_EQ(baseline["findings"].size(), 2u) << "the seed's two quotes/unbalanced warnings";
  EXPECT_EQ(baseline["findings"][0]["article"], "belgorod.en.txt");

  const auto same = check();
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_EQ(nlohmann::json::parse(same.out)["summary"]["warnings"], 0);

  // An unrelated paragraph is reworded and a blank line added above it: line numbers shift, the
  // fingerprints (rule, article, span text, its sentence) do not.
  std::string edited = replacedOnce(target_, "a spectacular armed attack", "a dramatic armed attack");
  edited = replacedOnce(edited, "\n\nRussia said on Tuesday", "\n\n\nRussia said on Tuesday");
  writeFile(dir_ + "/stories/belgorod.en.txt", edited);
  const auto shifted = check();
  EXPECT_EQ(shifted.exit_code, 0) << shifted.out;
  const auto shifted_doc = nlohmann::json::parse(shifted.out);
  EXPECT_EQ(shifted_doc["summary"]["warnings"], 0);
  EXPECT_EQ(shifted_doc["baseline"]["hidden"], 2);
  EXPECT_TRUE(shifted_doc["baseline"]["fixed"].empty());

  // One new problem: a quotation left open in another paragraph → exactly one new finding.
  edited = replacedOnce(edited, "to “smash” the group", "to “smash the group");
  writeFile(dir_ + "/stories/belgorod.en.txt", edited);
  const auto one_new = check();
  EXPECT_EQ(one_new.exit_code, 1);
  const auto doc = nlohmann::json::parse(one_new.out);
  ASSERT_EQ(doc["pairs"][0]["findings"].size(), 1u) << one_new.out;
  EXPECT_NE(doc["pairs"][0]["findings"][0]["target"]["text"].get<std::string>().find("“"), std::string::npos);
}

TEST_F(Baseline, RepairedFindingsAreListedAsFixed) {
  ASSERT_EQ(runConcord({"baseline", "create", dir_ + "/stories", "--source-lang", "fr", "--target-lang", "en",
                        "--rules", "quotes/unbalanced", "-o", dir_ + "/baseline.json"})
                .exit_code,
            0);
  writeFile(dir_ + "/stories/belgorod.en.txt",
            replacedOnce(target_, " “The whole Russian", " The whole Russian"));
  const auto r = runConcord({"check", dir_ + "/stories", "--source-lang", "fr", "--target-lang", "en",
                             "--baseline", dir_ + "/baseline.json", "--rules", "quotes/unbalanced"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("baseline: 1 known finding hidden, 1 fixed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("fixed: belgorod.en.txt: [quotes/unbalanced] “The whole"), std::string::npos) << r.out;
}

TEST_F(Baseline, ABrokenBaselineFileIsAnErrorNamingIt) {
  writeFile(dir_ + "/baseline.json", "{\"version\": 1,\n \"findings\": [oops]}\n");
  const auto r = check();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir_ + "/baseline.json:2:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace concord::testing
