// `concord check --format html` and `concord report`: what a user runs, through the real binary.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

// A dated folder of two fr→en pairs (copies of the seed) and their JSON Lines results.
class ReportCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = makeTempDir();
    for (const char* day : {"2026-03-01", "2026-03-09"}) {
      fs::create_directories(dir_ + "/wires/" + day);
      fs::copy_file(repoPath("corpora/belgorod/source.fr.txt"), dir_ + "/wires/" + day + "/story.fr.txt");
      fs::copy_file(repoPath("corpora/belgorod/target.en.txt"), dir_ + "/wires/" + day + "/story.en.txt");
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
};

TEST_F(ReportCommandTest, JsonlPairRecordsCarryTheDateInThePath) {
  const ProcessResult run = runConcord(
      {"check", dir_ + "/wires", "--source-lang", "fr", "--target-lang", "en", "--format", "jsonl"});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  std::vector<std::string> dates;
  std::size_t start = 0;
  for (std::size_t end; (end = run.out.find('\n', start)) != std::string::npos; start = end + 1) {
    const auto line = nlohmann::json::parse(run.out.substr(start, end - start));
    if (line["type"] == "pair") dates.push_back(line["date"].get<std::string>());
  }
  EXPECT_EQ(dates, (std::vector<std::string>{"2026-03-01", "2026-03-09"}));
}

TEST_F(ReportCommandTest, FolderAndJsonlGiveTheSameReport) {
  const std::string results = dir_ + "/results.jsonl";
  ASSERT_EQ(runConcord({"check", dir_ + "/wires", "--source-lang", "fr", "--target-lang", "en", "--format",
                        "jsonl:" + results, "-q"})
                .exit_code,
            1);
  const ProcessResult from_folder =
      runConcord({"report", dir_ + "/wires", "--source-lang", "fr", "--target-lang", "en", "--format", "csv",
                  "--table", "trend"});
  const ProcessResult from_jsonl = runConcord({"report", results, "--format", "csv", "--table", "trend"});
  ASSERT_EQ(from_folder.exit_code, 0) << from_folder.err;
  ASSERT_EQ(from_jsonl.exit_code, 0) << from_jsonl.err;
  EXPECT_EQ(from_folder.out, from_jsonl.out);
  EXPECT_NE(from_jsonl.out.find("2026-03-01,1,"), std::string::npos) << from_jsonl.out;
  EXPECT_NE(from_jsonl.out.find("2026-03-09,1,"), std::string::npos) << from_jsonl.out;

  const ProcessResult markdown = runConcord({"report", results, "--format", "markdown"});
  EXPECT_EQ(markdown.exit_code, 0);
  EXPECT_NE(markdown.out.find("2 articles"), std::string::npos) << markdown.out;
}

TEST_F(ReportCommandTest, ReportOverTheCorporaPairsEveryFolderByItsFileNames) {
  const ProcessResult run =
      runConcord({"report", repoPath("corpora"), "--format", "csv", "--table", "articles"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("belgorod/target.en.txt"), std::string::npos);
  EXPECT_NE(run.out.find("turkey-quake/target.es.txt"), std::string::npos);
  EXPECT_EQ(run.out.find("no translation found"), std::string::npos) << run.out;
}

TEST_F(ReportCommandTest, HtmlIsOnePairsReviewPageAndIsRefusedForABatch) {
  const ProcessResult page = runConcord({"check", repoPath("corpora/belgorod/source.fr.txt"),
                                         repoPath("corpora/belgorod/target.en.txt"), "--format", "html"});
  EXPECT_EQ(page.exit_code, 1) << "findings: exit 1, as for every format";
  EXPECT_EQ(page.out.rfind("<!DOCTYPE html>", 0), 0u);

  const ProcessResult batch = runConcord(
      {"check", dir_ + "/wires", "--source-lang", "fr", "--target-lang", "en", "--format", "html"});
  EXPECT_EQ(batch.exit_code, 2);
  EXPECT_TRUE(batch.out.empty());
  EXPECT_NE(batch.err.find("concord report"), std::string::npos) << batch.err;
  EXPECT_EQ(std::count(batch.err.begin(), batch.err.end(), '\n'), 1) << "one line: " << batch.err;
}

TEST_F(ReportCommandTest, ABatchWritesOneReviewPagePerPairAndAnIndexIntoAFolder) {
  writeFile(dir_ + "/wires/empty.fr.txt", "");
  writeFile(dir_ + "/wires/empty.en.txt", "");
  const std::string pages = dir_ + "/review";
  const ProcessResult run = runConcord({"check", dir_ + "/wires", "--source-lang", "fr", "--target-lang",
                                        "en", "--format", "text", "--format", "html:" + pages});
  EXPECT_EQ(run.exit_code, 2) << "the empty pair could not be checked\n" << run.err;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(pages)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  ASSERT_EQ(names.size(), 3u) << "two pages and the index; none for the pair that failed";
  EXPECT_EQ(names[2], "index.html");
  for (const std::string& name : {names[0], names[1]}) {
    const std::string page = readFile(pages + "/" + name);
    EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u) << name;
    EXPECT_NE(page.find("Bachmout"), std::string::npos) << name << " is the seed's review page";
  }
  EXPECT_NE(names[0].find("2026-03-01-story.en.txt"), std::string::npos) << names[0];
  const std::string index = readFile(pages + "/index.html");
  EXPECT_NE(index.find("href=\"" + names[0] + "\""), std::string::npos) << index;
  EXPECT_NE(index.find("href=\"" + names[1] + "\""), std::string::npos);
  EXPECT_NE(index.find("empty file"), std::string::npos) << "the failed pair is listed with its error";

  writeFile(dir_ + "/not-a-folder", "keep me");
  const ProcessResult onto_file =
      runConcord({"check", dir_ + "/wires", "--source-lang", "fr", "--target-lang", "en", "--format",
                  "html:" + dir_ + "/not-a-folder"});
  EXPECT_EQ(onto_file.exit_code, 2);
  EXPECT_EQ(readFile(dir_ + "/not-a-folder"), "keep me") << "nothing overwritten";
}

TEST_F(ReportCommandTest, ABadResultsLineIsAnErrorWithItsPlace) {
  writeFile(dir_ + "/bad.jsonl",
            "{\"type\":\"pair\",\"source_path\":\"a\",\"target_path\":\"b\"}\nnot json\n");
  const ProcessResult run = runConcord({"report", dir_ + "/bad.jsonl"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("bad.jsonl:2"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace concord::testing
