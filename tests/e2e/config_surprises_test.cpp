// Configuration that surprises (issue 29), through the real binary: which concord.toml applies, house-style
// lines that would do nothing, JUnit counts that disagree with the exit status, a batch that checks nothing,
// mistyped commands and rule ids, and `concord init`.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

// One quotes/unbalanced warning on line 1 of the target.
const std::string kFixture = repoPath("tests/rules/quotes/unbalanced/fires_never_closed");

std::size_t lineCount(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

class ConfigSurprises : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = makeTempDir(); }
  void TearDown() override { fs::remove_all(dir_); }

  // The fixture's pair as FOLDER/NAME.fr.txt and FOLDER/NAME.en.txt.
  void story(const std::string& folder, const std::string& name = "story") {
    fs::create_directories(dir_ + "/" + folder);
    writeFile(dir_ + "/" + folder + "/" + name + ".fr.txt", readFile(kFixture + "/source.fr.txt"));
    writeFile(dir_ + "/" + folder + "/" + name + ".en.txt", readFile(kFixture + "/target.en.txt"));
  }
  std::string path(const std::string& relative) const { return dir_ + "/" + relative; }

  // Exit 2 and one line naming `words`, nothing on standard output.
  static void expectRefused(const ProcessResult& r, const std::string& words) {
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(lineCount(r.err), 1u) << r.err;
    EXPECT_EQ(r.err.rfind("concord: error: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(words), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }

  std::string dir_;
};

// The concord.toml beside the checked files applies wherever the command runs from.
TEST_F(ConfigSurprises, TheConfigIsLookedUpFromTheCheckedFilesNotTheWorkingFolder) {
  story("stories");
  writeFile(path("stories/concord.toml"), "fail_on = \"never\"\n");
  fs::create_directories(path("elsewhere"));
  const std::vector<std::string> pair = {"check", path("stories/story.fr.txt"), path("stories/story.en.txt")};
  EXPECT_EQ(runConcordIn(path("elsewhere"), pair).exit_code, 0) << "stories/concord.toml says never fail";

  // A concord.toml in the working folder does not apply to files elsewhere.
  writeFile(path("elsewhere/concord.toml"), "fail_on = \"never\"\n");
  story("plain");
  const std::vector<std::string> plain = {"check", path("plain/story.fr.txt"), path("plain/story.en.txt")};
  EXPECT_EQ(runConcordIn(path("elsewhere"), plain).exit_code, 1);

  // --config still wins over the nearest file.
  writeFile(path("strict.toml"), "fail_on = \"warning\"\n");
  auto with_flag = pair;
  with_flag.insert(with_flag.end(), {"--config", path("strict.toml")});
  EXPECT_EQ(runConcordIn(path("elsewhere"), with_flag).exit_code, 1);
}

// The lookup stops at the top of a working copy: a file above the repository is not the project's.
TEST_F(ConfigSurprises, TheLookupStopsAtTheTopOfAWorkingCopy) {
  writeFile(path("concord.toml"), "fail_on = \"never\"\n");
  story("repo/desk");
  const std::vector<std::string> pair = {"check", path("repo/desk/story.fr.txt"),
                                         path("repo/desk/story.en.txt")};
  EXPECT_EQ(runConcordIn(dir_, pair).exit_code, 0) << "no working copy: the parent's file applies";
  fs::create_directories(path("repo/.git"));
  EXPECT_EQ(runConcordIn(dir_, pair).exit_code, 1) << "above .git: not this project's file";
  writeFile(path("repo/concord.toml"), "fail_on = \"never\"\n");
  EXPECT_EQ(runConcordIn(dir_, pair).exit_code, 0) << "the working copy's own file applies";
}

// In a batch each pair follows the concord.toml nearest above it; nested files are not merged with
// their parents, and the flags win over both.
TEST_F(ConfigSurprises, EachPairOfABatchFollowsItsNearestConfig) {
  story("stories/desk1");
  story("stories/desk2");
  story("stories/desk2/archive");
  writeFile(path("stories/concord.toml"), "source_lang = \"fr\"\ntarget_lang = \"en\"\n");
  writeFile(
      path("stories/desk2/concord.toml"),
      "source_lang = \"fr\"\ntarget_lang = \"en\"\n[rules.\"quotes/unbalanced\"]\nseverity = \"error\"\n");
  const ProcessResult r = runConcordIn(dir_, {"check", path("stories"), "--rules", "quotes/unbalanced",
                                              "--format", "json", "--fail-on", "error"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> severity;  // target → its finding's severity
  for (const auto& pair : json["pairs"])
    severity[pair["target"]["path"]] = pair["findings"].at(0)["severity"];
  EXPECT_EQ(severity[path("stories/desk1/story.en.txt")], "warning");
  EXPECT_EQ(severity[path("stories/desk2/story.en.txt")], "error") << "desk2/concord.toml applies";
  EXPECT_EQ(severity[path("stories/desk2/archive/story.en.txt")], "error") << "and to the folders below";

  // The languages too: desk3 pairs German with English through its own file, the rest stays French.
  story("stories/desk3", "other");
  fs::rename(path("stories/desk3/other.fr.txt"), path("stories/desk3/other.de.txt"));
  writeFile(path("stories/desk3/concord.toml"),
            "source_lang = \"de\"\ntarget_lang = \"en\"\nlanguage_check = false\n");
  const ProcessResult mixed = runConcordIn(dir_, {"check", path("stories"), "--rules", "quotes/unbalanced",
                                                  "--format", "json", "--fail-on", "never"});
  EXPECT_EQ(mixed.exit_code, 0) << mixed.err;
  const auto all = nlohmann::json::parse(mixed.out);
  EXPECT_EQ(all["summary"]["pairs"], 4) << mixed.out;
  EXPECT_EQ(all["summary"]["failed_pairs"], 0) << mixed.out;
}

TEST_F(ConfigSurprises, AHouseStyleLineThatWouldDoNothingIsAnError) {
  story("desk");
  const std::vector<std::string> pair = {"check", path("desk/story.fr.txt"), path("desk/story.en.txt"),
                                         "--style", path("desk.tsv")};
  writeFile(path("desk.tsv"),
            "@name\tdesk\n@language\ten\n# preferred\treplaces\tnote\nKyiv Kiev desk spelling\n");
  expectRefused(runConcord(pair), path("desk.tsv") + ":4:5: no TAB on this line");
  writeFile(path("desk.tsv"), "@language\ten\nKyiv\tKiev\tdesk spelling\n");
  expectRefused(runConcord(pair), path("desk.tsv") + ":1:1: no @name line");
  writeFile(path("desk.tsv"), "@name\tdesk\n@language\ten\nKyiv\tKiev\tdesk spelling\n");
  EXPECT_EQ(runConcord(pair).exit_code, 1);
}

// A testcase per pair; only findings at or above --fail-on fail it, so failures never exceed tests and
// agree with the exit status.
TEST_F(ConfigSurprises, JunitFailsOnlyWhatFailOnFails) {
  story("stories", "a");
  story("stories", "b");
  writeFile(path("stories/b.en.txt"), readFile(path("stories/b.en.txt")) + "\nShe said: “Again.\n");
  auto junit = [&](const std::string& fail_on) {
    const ProcessResult r =
        runConcord({"check", path("stories"), "--source-lang", "fr", "--target-lang", "en", "--rules",
                    "quotes/unbalanced", "--format", "junit", "--fail-on", fail_on});
    auto doc = std::make_shared<pugi::xml_document>();
    EXPECT_TRUE(doc->load_string(r.out.c_str())) << r.out;
    return std::make_pair(r.exit_code, doc);
  };
  const auto [strict_exit, strict] = junit("warning");
  EXPECT_EQ(strict_exit, 1);
  const auto suite = strict->child("testsuites").child("testsuite");
  EXPECT_EQ(suite.attribute("tests").as_int(), 2);
  EXPECT_EQ(suite.attribute("failures").as_int(), 2) << "one failing testcase per pair, not per finding";
  EXPECT_EQ(strict->child("testsuites").attribute("failures").as_int(), 2);
  for (const auto testcase : suite.children("testcase")) {
    EXPECT_EQ(std::distance(testcase.children("failure").begin(), testcase.children("failure").end()), 1);
    EXPECT_FALSE(testcase.child("system-out"));
  }
  const std::string b_failure =
      suite.find_child_by_attribute("testcase", "name", path("stories/b.en.txt").c_str())
          .child("failure")
          .text()
          .as_string();
  EXPECT_NE(b_failure.find(":1:20: warning"), std::string::npos) << b_failure;
  EXPECT_NE(b_failure.find(":5:11: warning"), std::string::npos) << "every finding listed in the failure";

  const auto [lenient_exit, lenient] = junit("error");
  EXPECT_EQ(lenient_exit, 0);
  const auto lenient_suite = lenient->child("testsuites").child("testsuite");
  EXPECT_EQ(lenient_suite.attribute("failures").as_int(), 0) << "warnings do not fail under --fail-on error";
  for (const auto testcase : lenient_suite.children("testcase")) {
    EXPECT_FALSE(testcase.child("failure"));
    EXPECT_NE(std::string(testcase.child("system-out").text().as_string()).find("warning: "),
              std::string::npos);
  }
}

TEST_F(ConfigSurprises, ABatchThatPairsNothingOrAMissingFolderIsAnError) {
  fs::create_directories(path("empty"));
  writeFile(path("empty/notes.txt"), "not an article\n");
  expectRefused(runConcord({"check", path("empty"), "--source-lang", "fr", "--target-lang", "en"}),
                path("empty") + ": no article pair found (looked for STORY.fr.EXT beside STORY.en.EXT");
  expectRefused(runConcord({"check", path("missing")}), path("missing") + ": no such folder");
  writeFile(path("pairs.tsv"), "# nothing yet\n");
  expectRefused(runConcord({"check", "--pairs", path("pairs.tsv")}), path("pairs.tsv") + ": no pair listed");
  story("stories");
  expectRefused(
      runConcord({"check", path("stories"), path("missing"), "--source-lang", "fr", "--target-lang", "en"}),
      path("missing") + ": no such folder");
}

TEST_F(ConfigSurprises, MistypedCommandsAndRuleIdsGetTheClosestName) {
  expectRefused(runConcord({"chek", "a.fr.txt", "a.en.txt"}), "unknown command 'chek' (did you mean check?");
  expectRefused(runConcord({"explain", "unbalanced"}),
                "unknown rule 'unbalanced' (did you mean quotes/unbalanced?");
  story("desk");
  expectRefused(runConcord({"check", path("desk/story.fr.txt"), path("desk/story.en.txt"), "--rules",
                            "quotes/unbalance"}),
                "did you mean quotes/unbalanced?");
  expectRefused(runConcord({"deploy"}), "unknown command 'deploy' (concord --help lists them)");
}

TEST_F(ConfigSurprises, InitWritesToStandardOutputAndReplacesOnlyWithForce) {
  const ProcessResult printed = runConcordIn(dir_, {"init", "-"});
  EXPECT_EQ(printed.exit_code, 0) << printed.err;
  EXPECT_EQ(printed.out.rfind("# concord.toml", 0), 0u) << printed.out;
  EXPECT_FALSE(fs::exists(path("-")));

  writeFile(path("concord.toml"), "# my settings\n");
  expectRefused(runConcordIn(dir_, {"init"}), "concord.toml: already exists; not overwritten");
  EXPECT_EQ(readFile(path("concord.toml")), "# my settings\n");
  const ProcessResult forced = runConcordIn(dir_, {"init", "--force"});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_EQ(readFile(path("concord.toml")), printed.out);
}

}  // namespace
}  // namespace concord::testing
