// concord.toml [dictionaries]: a newsroom's own word list silences the spelling rule for its words, and its
// glossary (named for the language pair) is checked like the built-in one and wins over it.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

class NewsroomDictionaries : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = makeTempDir();
    writeFile(dir_ + "/story.fr.txt", "Les démineurs ont déblayé la commune de Borova.\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The findings of `rule` on the story with `toml` as the configuration.
  std::vector<nlohmann::json> findings(const std::string& target, const std::string& toml,
                                       const std::string& rule, int* exit_code = nullptr) {
    writeFile(dir_ + "/story.en.txt", target);
    writeFile(dir_ + "/concord.toml", toml);
    const auto r = runConcord({"check", dir_ + "/story.fr.txt", dir_ + "/story.en.txt", "--config",
                               dir_ + "/concord.toml", "--format", "json", "--rules", rule});
    if (exit_code) *exit_code = r.exit_code;
    EXPECT_LE(r.exit_code, 1) << r.err;
    std::vector<nlohmann::json> out;
    if (r.exit_code > 1) return out;
    const nlohmann::json doc = nlohmann::json::parse(r.out);  // kept alive: the loop refers into it
    for (const auto& f : doc["findings"]) out.push_back(f);
    return out;
  }
  std::string dir_;
};

TEST_F(NewsroomDictionaries, AListedWordIsNotASpellingError) {
  // Not in dictionaries/news_words/en.txt either (hromada is, since this test was written).
  const std::string target = "The sappers met the starosta of Borova.\n";
  const auto without = findings(target, "", "spelling/hunspell");
  ASSERT_EQ(without.size(), 1u) << "en_US lacks the Ukrainian loanword";
  EXPECT_EQ(without[0]["target"]["text"], "starosta");

  writeFile(dir_ + "/names.txt", "# words our desk accepts\nStarosta\nKastus Kalinouski\n");
  EXPECT_TRUE(findings(target, "[dictionaries]\nextra = [\"names.txt\"]\n", "spelling/hunspell").empty())
      << "listed in any case";
}

TEST_F(NewsroomDictionaries, TheNewsroomGlossaryOfThePairIsChecked) {
  writeFile(dir_ + "/desk.fr-en.tsv", "commune\thromada\tmunicipality\tUkrainian local government unit\n");
  const std::string toml = "[dictionaries]\nglossaries = [\"desk.fr-en.tsv\"]\n";
  int exit_code = 0;
  const auto found =
      findings("The sappers cleared the municipality of Borova.\n", toml, "terminology/glossary", &exit_code);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(exit_code, 1);
  EXPECT_EQ(found[0]["severity"], "warning");
  EXPECT_EQ(found[0]["target"]["text"], "municipality");
  EXPECT_EQ(found[0]["suggestion"], "hromada");
  EXPECT_TRUE(findings("The sappers cleared the hromada of Borova.\n", toml, "terminology/glossary").empty());
}

TEST_F(NewsroomDictionaries, AGlossaryForAnotherPairIsNotApplied) {
  writeFile(dir_ + "/desk.de-en.tsv", "commune\thromada\tmunicipality\t\n");
  EXPECT_TRUE(findings("The sappers cleared the municipality of Borova.\n",
                       "[dictionaries]\nglossaries = [\"desk.de-en.tsv\"]\n", "terminology/glossary")
                  .empty());
}

TEST_F(NewsroomDictionaries, BadFilesStopTheRunNamingFileAndLine) {
  writeFile(dir_ + "/story.en.txt", "The sappers cleared the hromada of Borova.\n");
  const auto run = [&](const std::string& toml) {
    writeFile(dir_ + "/concord.toml", toml);
    return runConcord(
        {"check", dir_ + "/story.fr.txt", dir_ + "/story.en.txt", "--config", dir_ + "/concord.toml"});
  };
  writeFile(dir_ + "/glossary.tsv", "commune\thromada\t\t\n");
  auto r = run("[dictionaries]\nglossaries = [\"glossary.tsv\"]\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("glossary.tsv: a glossary's file name must end in <source>-<target>.tsv"),
            std::string::npos)
      << r.err;

  writeFile(dir_ + "/desk.fr-en.tsv", "# header\ncommune\thromada\n");
  r = run("[dictionaries]\nglossaries = [\"desk.fr-en.tsv\"]\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("desk.fr-en.tsv:2: expected 4 tab-separated fields"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;

  writeFile(dir_ + "/names.txt", "hromada\ncommune\thromada\n");
  r = run("[dictionaries]\nextra = [\"names.txt\"]\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("names.txt:2: a word list has one word or name per line"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace concord::testing
