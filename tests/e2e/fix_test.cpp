// `concord fix` and `check --fix` as an editor runs them: the seed pair fixed, then checked again.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSeedSource = "corpora/belgorod/source.fr.txt";
const std::string kSeedTarget = "corpora/belgorod/target.en.txt";
const std::string kDefaultFixRules = "transliteration/house-style,quotes,numbers/kept-format,typography";

struct Folder {
  std::string path = makeTempDir();
  ~Folder() { fs::remove_all(path); }
};

nlohmann::json checkJson(const std::string& source, const std::string& target, const std::string& rules) {
  std::vector<std::string> args = {"check", source, target, "--format", "json"};
  if (!rules.empty()) args.insert(args.end(), {"--rules", rules});
  const auto r = runConcord(args);
  EXPECT_NE(r.exit_code, 2) << r.err;
  return nlohmann::json::parse(r.out)["findings"];
}

std::size_t withSuggestion(const nlohmann::json& findings) {
  std::size_t n = 0;
  for (const auto& f : findings) n += f["suggestion"].is_string() ? 1 : 0;
  return n;
}

TEST(Fix, SeedPairThenReCheckLeavesOnlyFindingsWithoutAFix) {
  Folder dir;
  const std::string target = dir.path + "/target.en.txt";
  writeFile(target, readFile(repoPath(kSeedTarget)));
  const std::string source_before = readFile(repoPath(kSeedSource));
  ASSERT_GT(withSuggestion(checkJson(repoPath(kSeedSource), target, kDefaultFixRules)), 5u);

  const auto r = runConcord({"fix", repoPath(kSeedSource), target});
  // quotes/unbalanced has no fix: findings remain, so the status is 1.
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("“Kiev” → “Kyiv” [transliteration/house-style]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("7 fix(es) applied"), std::string::npos) << r.out;

  const std::string fixed = readFile(target);
  EXPECT_EQ(fixed.find("Kiev"), std::string::npos);
  EXPECT_NE(fixed.find("Hanna Maliar"), std::string::npos);
  EXPECT_NE(fixed.find("Volunteer Corps.”"), std::string::npos);
  const auto after = checkJson(repoPath(kSeedSource), target, kDefaultFixRules);
  EXPECT_EQ(withSuggestion(after), 0u) << after.dump(1);
  EXPECT_FALSE(after.empty()) << "the unbalanced quotations have no fix and stay";
  EXPECT_EQ(readFile(repoPath(kSeedSource)), source_before);
}

TEST(Fix, EveryFixableRuleLeavesNoSuggestionInAFullReCheck) {
  Folder dir;
  const std::string target = dir.path + "/target.en.txt";
  writeFile(target, readFile(repoPath(kSeedTarget)));
  const auto r = runConcord({"fix", repoPath(kSeedSource), target, "--rules",
                             "transliteration,terminology,quotes,numbers,typography,consistency"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto after = checkJson(repoPath(kSeedSource), target, "");
  EXPECT_EQ(withSuggestion(after), 0u) << after.dump(1);
}

TEST(Fix, DryRunPrintsTheDiffDiffWouldAndChangesNothing) {
  Folder dir;
  const std::string target = dir.path + "/target.en.txt";
  const std::string original = readFile(repoPath(kSeedTarget));
  writeFile(target, original);
  const auto r = runConcord({"fix", repoPath(kSeedSource), target, "--dry-run"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(readFile(target), original);
  EXPECT_EQ(r.out.rfind("--- " + target + "\n+++ " + target + "\n@@ ", 0), 0u) << r.out;
  EXPECT_NE(r.err.find("7 fix(es) to apply"), std::string::npos) << r.err;

  // The same change made for real, compared with diff -u (its headers name the files and times).
  const std::string fixed = dir.path + "/fixed.en.txt";
  writeFile(fixed, original);
  ASSERT_EQ(runConcord({"fix", repoPath(kSeedSource), fixed, "-q"}).exit_code, 1);
  const std::string diff_out = dir.path + "/diff.out";
  ASSERT_EQ(std::system(("diff -u " + target + " " + fixed + " > " + diff_out).c_str()) != 0, true);
  const std::string expected = readFile(diff_out);
  EXPECT_EQ(r.out.substr(r.out.find("\n@@") + 1), expected.substr(expected.find("\n@@") + 1));
}

TEST(Fix, OverlappingFixesApplyTheFirstAndSayWhyTheOtherWaits) {
  Folder dir;
  writeFile(dir.path + "/a.fr.txt", "Il a répondu aux critiques, hier soir.\n");
  // typography/double-space rewrites the two spaces; space-before-punctuation the two spaces and the comma.
  writeFile(dir.path + "/a.en.txt", "He answered the critics  , last night.\n");
  const std::vector<std::string> args = {
      "fix", dir.path + "/a.fr.txt", dir.path + "/a.en.txt", "--rules", "typography", "--fail-on", "info"};
  const auto first = runConcord(args);
  EXPECT_EQ(first.exit_code, 1) << first.err;
  EXPECT_NE(first.out.find("[typography/space-before-punctuation] not applied: overlaps the "
                           "typography/double-space fix"),
            std::string::npos)
      << first.out;
  EXPECT_EQ(readFile(dir.path + "/a.en.txt"), "He answered the critics , last night.\n");
  const auto second = runConcord(args);
  EXPECT_EQ(second.exit_code, 0) << second.out << second.err;
  EXPECT_EQ(readFile(dir.path + "/a.en.txt"), "He answered the critics, last night.\n");
}

TEST(Fix, AQuotationsMarksAreOneFix) {
  Folder dir;
  writeFile(dir.path + "/a.fr.txt", "Le maire a déclaré : « Nous restons » puis il est reparti.\n");
  writeFile(dir.path + "/a.en.txt", "The mayor said: « We are staying » and then he left.\n");
  const auto r = runConcord({"fix", dir.path + "/a.fr.txt", dir.path + "/a.en.txt", "--rules", "quotes"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("1 fix(es) applied"), std::string::npos) << r.out;
  EXPECT_EQ(readFile(dir.path + "/a.en.txt"), "The mayor said: “We are staying” and then he left.\n");
}

TEST(Fix, WritesThroughASymlinkAndKeepsIt) {
  Folder dir;
  const std::string real = dir.path + "/real.en.txt";
  const std::string link = dir.path + "/story.en.txt";
  writeFile(real, readFile(repoPath(kSeedTarget)));
  fs::permissions(real, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  fs::create_symlink("real.en.txt", link);
  const auto r = runConcord({"fix", repoPath(kSeedSource), link, "-q"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(fs::read_symlink(link), "real.en.txt");
  EXPECT_EQ(readFile(real).find("Kiev"), std::string::npos);
  EXPECT_EQ(fs::status(real).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(Fix, NeverWritesTheSource) {
  Folder dir;
  const std::string source = dir.path + "/story.fr.txt";
  writeFile(source, readFile(repoPath(kSeedSource)));
  fs::create_symlink("story.fr.txt", dir.path + "/story.en.txt");
  const auto r =
      runConcord({"fix", source, dir.path + "/story.en.txt", "--target-lang", "en", "--no-language-check"});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_EQ(readFile(source), readFile(repoPath(kSeedSource)));
}

TEST(Fix, RefusesRulesItNeverFixesAndBadInput) {
  const auto spelling =
      runConcord({"fix", repoPath(kSeedSource), repoPath(kSeedTarget), "--rules", "spelling"});
  EXPECT_EQ(spelling.exit_code, 2);
  EXPECT_NE(spelling.err.find("--rules"), std::string::npos) << spelling.err;
  EXPECT_NE(spelling.err.find("'spelling'"), std::string::npos) << spelling.err;
  const auto omission =
      runConcord({"fix", repoPath(kSeedSource), repoPath(kSeedTarget), "--rules", "omission/sentence"});
  EXPECT_EQ(omission.exit_code, 2);

  Folder dir;
  for (const std::string folder : {"/one", "/two"}) {
    fs::create_directories(dir.path + folder);
    writeFile(dir.path + folder + "/story.fr.txt", readFile(repoPath(kSeedSource)));
    writeFile(dir.path + folder + "/story.en.txt", readFile(repoPath(kSeedTarget)));
  }
  const auto folders =
      runConcord({"fix", dir.path + "/one", dir.path + "/two", "--source-lang", "fr", "--target-lang", "en"});
  EXPECT_EQ(folders.exit_code, 2);
  EXPECT_NE(folders.err.find("one pair of files"), std::string::npos) << folders.err;
  EXPECT_EQ(readFile(dir.path + "/one/story.en.txt"), readFile(repoPath(kSeedTarget)));

  writeFile(dir.path + "/bad.en.txt", "Kiev \xff broken.\n");
  const auto bad = runConcord({"fix", repoPath(kSeedSource), dir.path + "/bad.en.txt"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad.en.txt"), std::string::npos) << bad.err;
  EXPECT_EQ(readFile(dir.path + "/bad.en.txt"), "Kiev \xff broken.\n");
}

TEST(Fix, CheckWithFixReportsWhatRemains) {
  Folder dir;
  const std::string target = dir.path + "/target.en.txt";
  writeFile(target, readFile(repoPath(kSeedTarget)));
  const auto r = runConcord({"check", repoPath(kSeedSource), target, "--fix", "--format", "json"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("7 fix(es) applied"), std::string::npos) << r.err;
  const auto findings = nlohmann::json::parse(r.out)["findings"];
  for (const auto& f : findings) EXPECT_NE(f["rule"], "transliteration/house-style") << f.dump();
  EXPECT_EQ(readFile(target).find("Kiev"), std::string::npos);

  const auto piped = runConcord({"check", repoPath(kSeedSource), "--stdin", "--fix"}, "Kiev.\n");
  EXPECT_EQ(piped.exit_code, 2);
}

}  // namespace
}  // namespace concord::testing
