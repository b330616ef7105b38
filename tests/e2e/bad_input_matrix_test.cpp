// The bad-input matrix: every class of input that must not hurt, run through the real binary. Each case
// asserts the exit status, a one-line message naming the file, and that no file of the run changed (bytes,
// inode and kind: a link stays a link, a replaced file would have a new inode).
#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/support/run_binary.h"

extern char** environ;

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

const std::string kFixture = repoPath("tests/rules/quotes/unbalanced/fires_never_closed");

// What a file is, as far as "did the run touch it" goes.
struct FileState {
  fs::file_type kind = fs::file_type::none;
  ino_t inode = 0;
  std::string content;  // the bytes of a regular file, the target of a link
  bool operator==(const FileState&) const = default;
};

std::map<std::string, FileState> snapshot(const std::string& dir) {
  std::map<std::string, FileState> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    struct stat info {};
    ::lstat(entry.path().c_str(), &info);
    FileState state{entry.symlink_status().type(), info.st_ino, {}};
    if (state.kind == fs::file_type::regular) state.content = readFile(entry.path().string());
    if (state.kind == fs::file_type::symlink) state.content = fs::read_symlink(entry.path()).string();
    files[entry.path().string()] = state;
  }
  return files;
}

std::size_t lineCount(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

class BadInputMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = makeTempDir();
    source_ = file("story.fr.txt", readFile(kFixture + "/source.fr.txt"));
    target_ = file("story.en.txt", readFile(kFixture + "/target.en.txt"));
    // Not named concord.toml: it applies where given (--config), not to every pair of the folder.
    config_ = file("settings.toml", "fail_on = \"error\"\n");
    style_ = file("desk.tsv", "@name\tdesk\n@language\ten\n@extends\tap\nKyiv\tKiev\tdesk spelling\n");
    baseline_ = file("baseline.json", R"({"version": 1, "tool": "concord", "findings": []})");
    manifest_ = file("pairs.tsv", "story.fr.txt\tstory.en.txt\tfr\ten\n");
    fs::create_symlink("story.en.txt", dir_ + "/link.en.txt");
    fs::create_hard_link(target_, dir_ + "/hard.en.txt");
    const ProcessResult jsonl = runConcord({"check", source_, target_, "--format", "jsonl"});
    ASSERT_EQ(jsonl.exit_code, 1) << jsonl.err;
    results_ = file("results.jsonl", jsonl.out);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string file(const std::string& name, const std::string& bytes) {
    writeFile(dir_ + "/" + name, bytes);
    return dir_ + "/" + name;
  }
  std::vector<std::string> pair(std::vector<std::string> extra) const {
    extra.insert(extra.begin(), {"check", source_, target_});
    return extra;
  }

  // Exit 2, one line on stderr starting with concord's prefix and naming `names`, and no file changed.
  void expectRefused(const std::vector<std::string>& args, const std::string& names) {
    std::string command;
    for (const std::string& a : args) command += a + ' ';
    SCOPED_TRACE(command);
    const auto before = snapshot(dir_);
    const ProcessResult r = runConcord(args);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(lineCount(r.err), 1u) << r.err;
    EXPECT_EQ(r.err.rfind("concord: error: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(names), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(snapshot(dir_), before) << "a file of the run changed";
  }

  std::string dir_, source_, target_, config_, style_, baseline_, manifest_, results_;
};

TEST_F(BadInputMatrix, AnOutputOntoAnyInputOfTheRunIsRefused) {
  const std::string link = dir_ + "/link.en.txt", hard = dir_ + "/hard.en.txt";
  expectRefused(pair({"--format", "json", "--output", target_}), target_ + ": is an input of this run");
  expectRefused(pair({"--format", "json:" + source_}), source_ + ": is an input of this run");
  expectRefused(pair({"--format", "text,sarif:" + link}), link + ": is an input of this run");
  expectRefused(pair({"--format", "json:" + hard}), hard + ": is an input of this run");
  expectRefused(pair({"--config", config_, "--format", "sarif:" + config_}), config_ + ": is an input");
  const std::string nearest = file("concord.toml", "fail_on = \"error\"\n");  // found beside the pair
  expectRefused(pair({"--format", "json:" + nearest}), nearest + ": is an input");
  fs::remove(nearest);
  expectRefused(pair({"--style", style_, "--format", "json:" + style_}), style_ + ": is an input");
  expectRefused(pair({"--baseline", baseline_, "--format", "json:" + baseline_}),
                baseline_ + ": is an input");
  expectRefused({"check", "--pairs", manifest_, "--format", "json:" + manifest_},
                manifest_ + ": is an input");
  expectRefused({"check", dir_, "--source-lang", "fr", "--target-lang", "en", "--format", "jsonl:" + target_},
                target_ + ": is an input");
  expectRefused({"merge", results_, "--format", "text:" + results_}, results_ + ": is an input");
  expectRefused({"report", results_, "--output", results_}, results_ + ": is an input");
  const std::string results_link = dir_ + "/results-link.jsonl";
  fs::create_symlink("results.jsonl", results_link);
  expectRefused({"report", results_, "--format", "csv", "-o", results_link}, results_link + ": is an input");
}

TEST_F(BadInputMatrix, OneFailingOutputLeavesNoMixedSet) {
  const std::string json = file("old.json", "the previous report");
  expectRefused(pair({"--format", "json:" + json + ",sarif:" + dir_ + "/missing/b.sarif"}),
                dir_ + "/missing/b.sarif: cannot write");
  expectRefused(pair({"--format", "json:" + json + ",sarif:" + dir_}), dir_ + ": is a folder");
  expectRefused(pair({"--format", "json:" + json + ",sarif:" + json}), json + ": named by two outputs");
}

TEST_F(BadInputMatrix, ResultsLinesThatBreakTheContractNameFileLineAndField) {
  const std::string good = readFile(results_);
  const std::string finding = good.substr(0, good.find('\n'));
  const std::string pair_line = good.substr(good.find('\n') + 1);
  auto broken = [&](const std::string& name, const std::string& from, const std::string& to,
                    bool in_finding) {
    const std::string bad = in_finding ? replacedOnce(finding, from, to) + "\n" + pair_line
                                       : finding + "\n" + replacedOnce(pair_line, from, to);
    return file(name, bad);
  };
  const std::string null_confidence = broken("a.jsonl", "\"confidence\":1.0", "\"confidence\":null", true);
  const std::string string_line = broken("b.jsonl", "\"line\":1,", "\"line\":\"1\",", true);
  const std::string bad_severity =
      broken("c.jsonl", "\"severity\":\"warning\"", "\"severity\":\"catastrophic\"", true);
  const std::string bad_summary =
      broken("d.jsonl", "\"summary\":{\"errors\":0,\"infos\":0,\"warnings\":1}", "\"summary\":7", false);
  for (const char* command : {"merge", "report"}) {
    expectRefused({command, null_confidence},
                  null_confidence + ":1: \"confidence\" must be a number from 0 to 1, not null");
    expectRefused({command, string_line},
                  string_line + ":1: \"source.line\" must be an integer from 1, not \"1\"");
    expectRefused({command, bad_severity},
                  bad_severity + ":1: \"severity\" must be one of error, warning, info");
    expectRefused({command, bad_summary}, bad_summary + ":2: \"summary\" must be an object of counts, not 7");
  }
}

// JSON that parses as JSON but not as Concord's: a number beyond a double (1e999, which nlohmann refuses
// with out_of_range rather than parse_error; found by fuzz/baseline) and fields of another type. Before,
// each was "internal error: [json.exception…]" naming no file.
TEST_F(BadInputMatrix, BaselinesAndResultsWithOutOfRangeNumbersOrWrongTypesNameFileAndPosition) {
  const std::string huge = file("huge.json", "{\"version\": 1,\n \"findings\": [{\"x\": 1e999}]}\n");
  const std::string text_version = file("text-version.json", R"({"version": "1", "findings": []})");
  const std::string number_rule =
      file("number-rule.json", R"({"version": 1, "findings": [{"fingerprint": "ab", "rule": 7}]})");
  expectRefused(pair({"--baseline", huge}),
                huge +
                    ":2:25: not a Concord baseline (invalid JSON): [json.exception.out_of_range.406] number "
                    "overflow parsing '1e999'");
  expectRefused(pair({"--baseline", text_version}), text_version + ": not a Concord baseline (expected");
  expectRefused(pair({"--baseline", number_rule}),
                number_rule + ": baseline entry whose \"rule\" is not a string");
  const std::string good = readFile(results_);
  const std::string huge_results =
      file("huge.jsonl", replacedOnce(good, "\"confidence\":1.0", "\"confidence\":1e999"));
  for (const char* command : {"merge", "report"})
    expectRefused({command, huge_results}, huge_results + ":1:");
}

// Folders that cannot be paired or read are failed pairs, one line each; every good pair is still checked.
TEST_F(BadInputMatrix, ABrokenFolderInABatchIsOneFailedPair) {
  const std::string batch = dir_ + "/batch";
  for (const char* story : {"a", "b", "c"}) {
    fs::create_directories(batch + "/" + story);
    fs::copy_file(source_, batch + "/" + story + "/source.fr.txt");
    fs::copy_file(target_, batch + "/" + story + "/target.en.txt");
  }
  fs::create_directories(batch + "/no-target");
  fs::copy_file(source_, batch + "/no-target/source.fr.txt");
  fs::create_directories(batch + "/looped");
  fs::create_symlink("loop2.en.txt", batch + "/looped/loop1.en.txt");
  fs::create_symlink("loop1.en.txt", batch + "/looped/loop2.en.txt");
  const auto before = snapshot(dir_);
  for (const char* command : {"check", "report"}) {
    SCOPED_TRACE(command);
    const ProcessResult r = std::string(command) == "check"
                                ? runConcord({"check", batch, "--format", "json", "--rules", "quotes"})
                                : runConcord({"report", batch, "--format", "csv", "--rules", "quotes"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
    if (std::string(command) == "check") {
      const auto json = nlohmann::json::parse(r.out);
      EXPECT_EQ(json["summary"]["pairs"], 6) << r.out;
      EXPECT_EQ(json["summary"]["failed_pairs"], 3) << r.out;
      EXPECT_EQ(json["summary"]["warnings"], 3) << "every good pair checked";
      EXPECT_EQ(lineCount(r.err), 3u) << r.err;
      EXPECT_NE(r.err.find(batch + "/no-target/source.fr.txt: no translation found (expected " + batch +
                           "/no-target/target.<lang>.txt)"),
                std::string::npos)
          << r.err;
      EXPECT_NE(r.err.find(batch + "/looped/loop1.en.txt: cannot follow the symbolic link: "),
                std::string::npos)
          << r.err;
    }
  }
  EXPECT_EQ(snapshot(dir_), before);
}

// `concord report` fails the run as `concord check` does when a pair could not be checked; the report itself
// is still written, with the pair under "Not checked".
TEST_F(BadInputMatrix, ReportExitsTwoWhenAPairCouldNotBeChecked) {
  const std::string failed = file(
      "failed.jsonl",
      readFile(results_) +
          R"({"type":"pair","source_path":"gone.fr.txt","target_path":"gone.en.txt","error":"gone.fr.txt: no such file"})"
          "\n");
  const ProcessResult r = runConcord({"report", failed, "--format", "markdown"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.out.find("gone.en.txt"), std::string::npos) << r.out;
  EXPECT_EQ(runConcord({"merge", failed, "--format", "json"}).exit_code, 2);
  EXPECT_EQ(runConcord({"report", results_, "--format", "markdown"}).exit_code, 0);
}

TEST_F(BadInputMatrix, AnUnreadableSubFolderIsOneFailedPair) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every folder";
  const std::string batch = dir_ + "/batch";
  fs::create_directories(batch + "/good");
  fs::copy_file(source_, batch + "/good/source.fr.txt");
  fs::copy_file(target_, batch + "/good/target.en.txt");
  fs::create_directories(batch + "/locked");
  fs::permissions(batch + "/locked", fs::perms::none);
  const ProcessResult r = runConcord({"check", batch, "--format", "json", "--rules", "quotes"});
  fs::permissions(batch + "/locked", fs::perms::owner_all);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find(batch + "/locked: cannot read folder: Permission denied"), std::string::npos) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["summary"]["warnings"], 1);
}

// Output goes through the path the user names, as a shell's `>` would.
TEST_F(BadInputMatrix, OutputGoesThroughLinksDevicesAndDash) {
  const std::string real = file("report.json", "old");
  fs::create_symlink("report.json", dir_ + "/latest.json");
  ProcessResult r = runConcord(pair({"--format", "json:" + dir_ + "/latest.json"}));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(fs::is_symlink(dir_ + "/latest.json"));
  EXPECT_EQ(nlohmann::json::parse(readFile(real))["summary"]["warnings"], 1);

  // In the folder itself, so a file named - would show.
  r = runConcordIn(dir_, pair({"--format", "json:-", "--no-config"}));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["summary"]["warnings"], 1);
  r = runConcordIn(dir_, pair({"--format", "sarif", "--output", "-", "--no-config"}));
  EXPECT_NE(r.out.find("\"version\": \"2.1.0\""), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir_ + "/-"));

  if (::mknod((dir_ + "/null").c_str(), S_IFCHR | 0666, makedev(1, 3)) ==
      0) {  // root: a /dev/null of our own
    r = runConcord(pair({"--format", "text:" + dir_ + "/null"}));
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(fs::status(dir_ + "/null").type(), fs::file_type::character);
  }
}

// A run stopped by SIGTERM while its outputs are staged leaves no temporary file behind: a FIFO with no
// reader holds the run between staging report.json and renaming it.
TEST_F(BadInputMatrix, AnInterruptedRunLeavesNoTemporaryFile) {
  const std::string fifo = dir_ + "/pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::vector<std::string> args = {CONCORD_BINARY, "check",    source_,
                                   target_,        "--format", "json:" + dir_ + "/report.json,text:" + fifo};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, CONCORD_BINARY, nullptr, nullptr, argv.data(), environ), 0);
  auto temporaries = [&] {
    std::size_t n = 0;
    for (const auto& entry : fs::directory_iterator(dir_))
      n += entry.path().filename().string().starts_with(".report.json.tmp-") ? 1 : 0;
    return n;
  };
  for (int i = 0; i < 600 && temporaries() == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(temporaries(), 1u) << "the run should be holding a staged report";
  ::kill(pid, SIGTERM);
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
  EXPECT_EQ(temporaries(), 0u);
  EXPECT_FALSE(fs::exists(dir_ + "/report.json"));
  EXPECT_EQ(fs::status(fifo).type(), fs::file_type::fifo);
}

}  // namespace
}  // namespace concord::testing
