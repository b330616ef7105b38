// concord.toml: every key, discovery from parent folders, errors at file:line:col, and `concord init`.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSource = repoPath("corpora/belgorod/source.fr.txt");
const std::string kTarget = repoPath("corpora/belgorod/target.en.txt");

class Config : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = makeTempDir(); }
  void TearDown() override { fs::remove_all(dir_); }
  ProcessResult checkWith(const std::string& toml, std::vector<std::string> extra = {}) {
    writeFile(dir_ + "/concord.toml", toml);
    std::vector<std::string> args = {"check", kSource, kTarget, "--config", dir_ + "/concord.toml"};
    args.insert(args.end(), extra.begin(), extra.end());
    return runConcord(args);
  }
  std::string dir_;
};

TEST_F(Config, EveryKeyIsReadAndApplied) {
  writeFile(dir_ + "/names.txt", "Bakhmut\n");
  writeFile(dir_ + "/newsroom.fr-en.tsv", "Bachmout\tBakhmut\t\t\n");
  writeFile(dir_ + "/baseline.json", "{\"version\": 1, \"findings\": []}\n");
  const auto r = checkWith(R"(
source_lang = "fr"
target_lang = "en-GB"
style = "bbc"
fail_on = "error"
max_findings = 0
format = ["json", "sarif:out.sarif"]
jobs = 2
language_check = true
baseline = "baseline.json"

[rules]
select = ["quotes/unbalanced"]

[rules."quotes/unbalanced"]
severity = "error"
note = "an option"

[dictionaries]
extra = ["names.txt"]
glossaries = ["newsroom.fr-en.tsv"]

[ignore]
patterns = ["^• Also read:"]
)");
  EXPECT_EQ(r.exit_code, 1) << "severity error now meets fail_on = error\n" << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["target"]["lang"], "en-GB");
  ASSERT_EQ(doc["findings"].size(), 2u);
  EXPECT_EQ(doc["findings"][0]["severity"], "error");
  EXPECT_TRUE(fs::exists(dir_ + "/out.sarif")) << "a FORMAT:FILE in the config is relative to the config";
}

TEST_F(Config, FlagsWinOverTheFile) {
  const auto r =
      checkWith("fail_on = \"error\"\nformat = \"json\"\n", {"--fail-on", "warning", "--format", "text"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("warning: "), std::string::npos) << r.out;
}

TEST_F(Config, SeverityOffDisablesARule) {
  const auto r = checkWith(
      "[rules]\nselect = [\"quotes/unbalanced\"]\n[rules.\"quotes/unbalanced\"]\nseverity = \"off\"\n",
      {"--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(nlohmann::json::parse(r.out)["findings"].empty());
}

TEST_F(Config, IsFoundInTheCheckedFilesFolderOrAParent) {
  fs::create_directories(dir_ + "/desk/today");
  fs::copy_file(kSource, dir_ + "/desk/today/story.fr.txt");
  fs::copy_file(kTarget, dir_ + "/desk/today/story.en.txt");
  writeFile(dir_ + "/concord.toml", "fail_on = \"never\"\n");
  const std::vector<std::string> pair = {"check", dir_ + "/desk/today/story.fr.txt",
                                         dir_ + "/desk/today/story.en.txt"};
  const auto r = runConcord(pair);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto without = pair;
  without.push_back("--no-config");
  EXPECT_EQ(runConcord(without).exit_code, 1);
}

struct BadConfig {
  const char* toml;
  const char* position;  // "line:col" expected after the file name
  const char* words;     // part of the message
};

class ConfigErrors : public Config, public ::testing::WithParamInterface<BadConfig> {};

TEST_P(ConfigErrors, NameTheFileLineAndColumn) {
  const auto r = checkWith(GetParam().toml);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir_ + "/concord.toml:" + GetParam().position + ": "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(GetParam().words), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConfigErrors,
    ::testing::Values(BadConfig{"style = \"ap\"\ncolour = true\n", "2:1", "unknown key 'colour'"},
                      BadConfig{"fail_on = \"sometimes\"\n", "1:11", "'fail_on' must be"},
                      BadConfig{"jobs = -1\n", "1:8", "whole number"},
                      BadConfig{"language_check = \"yes\"\n", "1:18", "true or false"},
                      BadConfig{"format = [\"pdf\"]\n", "1:10", "unknown format 'pdf'"},
                      BadConfig{"style = \"nyt-ish\"\n", "1:9", "unknown house style"},
                      BadConfig{"source_lang = \"xx-!!\"\n", "1:15", "not a language tag"},
                      BadConfig{"[rules]\nselect = [\"quotes/nope\"]\n", "2:10", "unknown rule"},
                      BadConfig{"[rules.\"numbers/nope\"]\nseverity = \"error\"\n", "1:8", "unknown rule"},
                      BadConfig{"[rules.\"quotes/unbalanced\"]\nseverity = \"loud\"\n", "2:12",
                                "'severity' must be"},
                      BadConfig{"[dictionaries]\nextra = [\"missing.txt\"]\n", "2:10", "no such file"},
                      BadConfig{"[dictionaries]\nwords = []\n", "2:1", "unknown key 'dictionaries.words'"},
                      BadConfig{"[ignore]\npatterns = [\"(unclosed\"]\n", "2:13", "bad regular expression"},
                      BadConfig{"style = \"ap\n", "1:12", "parsing string"},
                      BadConfig{"[formats]\n\".htm5\" = \"docx\"\n", "2:11", "unknown format 'docx'"},
                      BadConfig{"[formats]\nhtm5 = \"html\"\n", "2:1", "file extensions with their dot"},
                      BadConfig{"[formats]\n\".htm5\" = 5\n", "2:11", "string"},
                      BadConfig{"[xliff]\ncheck-states = [\"translated\", \"done\"]\n", "2:31",
                                "unknown XLIFF state 'done'"},
                      BadConfig{"[xliff]\ncheck-states = \"final\"\n", "2:16", "list of XLIFF states"},
                      BadConfig{"[xliff]\nstates = []\n", "2:1", "unknown key 'xliff.states'"}));

TEST_F(Config, InitWritesAStarterThatParsesAndRefusesToOverwrite) {
  const auto first = runConcordIn(dir_, {"init"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string written = readFile(dir_ + "/concord.toml");
  EXPECT_NE(written.find("# concord.toml"), std::string::npos);
  EXPECT_NE(written.find("[rules]"), std::string::npos);
  // The starter is a valid config that changes nothing: same result as without it.
  const auto with_starter = runConcordIn(dir_, {"check", kSource, kTarget, "--config", "concord.toml"});
  const auto without = runConcordIn(dir_, {"check", kSource, kTarget, "--no-config"});
  EXPECT_EQ(with_starter.exit_code, without.exit_code) << with_starter.err;
  EXPECT_EQ(with_starter.out, without.out);

  writeFile(dir_ + "/concord.toml", "# my settings\n");
  const auto second = runConcordIn(dir_, {"init"});
  EXPECT_EQ(second.exit_code, 2);
  EXPECT_NE(second.err.find("already exists"), std::string::npos) << second.err;
  EXPECT_EQ(readFile(dir_ + "/concord.toml"), "# my settings\n") << "never overwritten";
}

}  // namespace
}  // namespace concord::testing
