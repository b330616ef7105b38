// The map/reduce round trip (--stdin-pairs as the mapper, `concord merge` as the reducer), --stdin, --pairs,
// and output files that are replaced atomically.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSource = repoPath("corpora/belgorod/source.fr.txt");
const std::string kTarget = repoPath("corpora/belgorod/target.en.txt");

class ScaleOut : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = makeTempDir();
    const std::string target = readFile(kTarget);
    for (int i = 0; i < 6; ++i) {
      const std::string slug = dir_ + "/s" + std::to_string(i);
      writeFile(slug + ".fr.txt", readFile(kSource));
      writeFile(slug + ".en.txt",
                i % 2 ? replacedOnce(target, " “The whole Russian", " The whole Russian") : target);
      lines_.push_back(nlohmann::json{{"source", slug + ".fr.txt"}, {"target", slug + ".en.txt"}}.dump());
    }
    writeFile(dir_ + "/bad.en.txt", "\xff\xfe");
    lines_.push_back(nlohmann::json{{"source", kSource}, {"target", dir_ + "/bad.en.txt"}}.dump());
    // Inline text, as a mapper fed from a data lake would send it.
    lines_.push_back(nlohmann::json{
        {"source", "inline.fr.txt"},
        {"target", "inline.en.txt"},
        {"source_text", readFile(kSource)},
        {"target_text",
         target}}.dump());
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string join(std::size_t from, std::size_t to) const {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += lines_[i] + "\n";
    return out;
  }
  std::string dir_;
  std::vector<std::string> lines_;
};

TEST_F(ScaleOut, MapTwoHalvesThenMergeEqualsOneRun) {
  const std::vector<std::string> map = {"check", "--stdin-pairs", "--format", "jsonl", "--source-lang",
                                        "fr",    "--target-lang", "en"};
  const auto whole = runConcord(map, join(0, lines_.size()));
  EXPECT_EQ(whole.exit_code, 2) << "one pair is broken";
  const auto part1 = runConcord(map, join(0, 4));
  const auto part2 = runConcord(map, join(4, lines_.size()));
  writeFile(dir_ + "/part-1.jsonl", part1.out);
  writeFile(dir_ + "/part-2.jsonl", part2.out);
  // Reducers see parts in any order.
  const auto merged =
      runConcord({"merge", dir_ + "/part-2.jsonl", dir_ + "/part-1.jsonl", "--format", "jsonl"});
  EXPECT_EQ(merged.exit_code, 2) << merged.err;
  EXPECT_EQ(merged.out, whole.out);
  EXPECT_NE(whole.out.find("\"target_path\":\"inline.en.txt\""), std::string::npos);

  for (const char* format : {"json", "sarif", "junit", "markdown", "github", "text"}) {
    const auto one = runConcord({"merge", "-", "--format", format}, whole.out);
    const auto two =
        runConcord({"merge", dir_ + "/part-1.jsonl", dir_ + "/part-2.jsonl", "--format", format});
    EXPECT_EQ(one.out, two.out) << format;
    EXPECT_FALSE(two.out.empty()) << format;
  }
}

TEST_F(ScaleOut, AMalformedRecordIsAFailedPairNotAStop) {
  const auto r = runConcord({"check", "--stdin-pairs", "--format", "jsonl"},
                            "{\"source\": \"" + kSource + "\", \"target\": \"" + kTarget + "\"}\nnot json\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("\"error\":\"stdin:2: not a JSON pair"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"type\":\"finding\""), std::string::npos) << "the good pair is still checked";
}

TEST_F(ScaleOut, MergeRejectsATruncatedPart) {
  const auto whole = runConcord({"check", "--stdin-pairs", "--format", "jsonl"}, join(0, 1));
  const std::string first_line = whole.out.substr(0, whole.out.find('\n') + 1);
  writeFile(dir_ + "/cut.jsonl", first_line);
  const auto r = runConcord({"merge", dir_ + "/cut.jsonl"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir_ + "/cut.jsonl:1: "), std::string::npos) << r.err;
  writeFile(dir_ + "/junk.jsonl", first_line + "{]\n");
  // The line and the column where the JSON goes wrong (the "]").
  EXPECT_NE(runConcord({"merge", dir_ + "/junk.jsonl"}).err.find("junk.jsonl:2:2: not a JSON line"),
            std::string::npos);
}

TEST_F(ScaleOut, StdinTargetIsNamedByStdinName) {
  const auto r = runConcord(
      {"check", kSource, "--stdin", "--stdin-name", "story.en.txt", "--rules", "quotes/unbalanced"},
      readFile(kTarget));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("story.en.txt:31:55: warning: "), std::string::npos) << r.out;
  const auto dash = runConcord({"check", kSource, "--stdin", "--target-lang", "en"}, readFile(kTarget));
  EXPECT_NE(dash.out.find("-:31:55: warning: "), std::string::npos) << dash.out << dash.err;
}

TEST_F(ScaleOut, ManifestPairsAreRelativeToTheManifest) {
  writeFile(dir_ + "/pairs.tsv", "# source\ttarget\ns0.fr.txt\ts0.en.txt\n\ns1.fr.txt\ts1.en.txt\tfr\ten\n");
  const auto r = runConcord({"check", "--pairs", dir_ + "/pairs.tsv", "--source-lang", "fr", "--target-lang",
                             "en", "--rules", "quotes/unbalanced"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("checked 2 pairs: 0 errors, 3 warnings"), std::string::npos) << r.out;
  writeFile(dir_ + "/bad.tsv", "s0.fr.txt\ts0.en.txt\nonly-one-column\n");
  const auto bad = runConcord({"check", "--pairs", dir_ + "/bad.tsv"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find(dir_ + "/bad.tsv:2:1: "), std::string::npos) << bad.err;
}

TEST_F(ScaleOut, AFailedWriteLeavesTheOldFileWhole) {
  writeFile(dir_ + "/report.json", "previous report\n");
  // The second output cannot be written: nothing is half-written, the first file is still complete.
  const auto r = runConcord({"check", kSource, kTarget, "--format", "json:" + dir_ + "/report.json",
                             "--format", "sarif:" + dir_ + "/no/such/folder/r.sarif"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no/such/folder/r.sarif: cannot write"), std::string::npos) << r.err;
  const std::string json = readFile(dir_ + "/report.json");
  EXPECT_TRUE(json == "previous report\n" || nlohmann::json::accept(json))
      << "whole old file or whole new one";
  for (const auto& entry : fs::directory_iterator(dir_))
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << "no temporary file left";
}

TEST_F(ScaleOut, FormatSyntaxErrorsAreUsageErrors) {
  EXPECT_EQ(runConcord({"check", kSource, kTarget, "--format", "pdf"}).exit_code, 2);
  const auto two = runConcord({"check", kSource, kTarget, "--format", "text,json"});
  EXPECT_EQ(two.exit_code, 2);
  EXPECT_NE(two.err.find("only one format can go to standard output"), std::string::npos);
  const auto out =
      runConcord({"check", kSource, kTarget, "--format", "sarif", "--output", dir_ + "/o.sarif"});
  EXPECT_EQ(out.exit_code, 1) << out.err;
  EXPECT_TRUE(out.out.empty());
  EXPECT_TRUE(nlohmann::json::accept(readFile(dir_ + "/o.sarif")));
}

}  // namespace
}  // namespace concord::testing
