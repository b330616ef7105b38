// The command line as users and CI jobs meet it: commands, formats, exit statuses.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

const std::string kSource = repoPath("corpora/belgorod/source.fr.txt");
const std::string kTarget = repoPath("corpora/belgorod/target.en.txt");

TEST(Cli, CheckPrintsCompilerStyleFindingsAndExitsOne) {
  const auto r = runConcord({"check", kSource, kTarget, "--rules", "quotes/unbalanced"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("target.en.txt:31:55: warning: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[quotes/unbalanced]"), std::string::npos);
  EXPECT_NE(r.out.find("source " + kSource + ":31: "), std::string::npos) << "aligned source sentence shown";
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "no colour when stdout is not a terminal";
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(Cli, ColorOnlyWhenAsked) {
  const auto r = runConcord({"check", kSource, kTarget, "--color"});
  EXPECT_NE(r.out.find("\x1b["), std::string::npos);
  const auto plain = runConcord({"check", kSource, kTarget, "--color", "--no-color"});
  EXPECT_EQ(plain.out.find("\x1b["), std::string::npos);
}

TEST(Cli, FailOnDecidesTheExitStatus) {
  EXPECT_EQ(runConcord({"check", kSource, kTarget, "--rules", "quotes", "--fail-on", "never"}).exit_code, 0);
  EXPECT_EQ(runConcord({"check", kSource, kTarget, "--rules", "quotes", "--fail-on", "error"}).exit_code, 0);
  EXPECT_EQ(runConcord({"check", kSource, kTarget, "--rules", "quotes", "--fail-on", "warning"}).exit_code,
            1);
  EXPECT_EQ(runConcord({"check", kSource, kTarget, "--rules", "quotes", "--fail-on", "info"}).exit_code, 1);
}

TEST(Cli, CleanPairExitsZero) {
  const auto r =
      runConcord({"check", repoPath("tests/rules/quotes/unbalanced/silent_running_quotation/source.fr.txt"),
                  repoPath("tests/rules/quotes/unbalanced/silent_running_quotation/target.en.txt")});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 errors, 0 warnings"), std::string::npos) << r.out;
}

TEST(Cli, JsonFollowsTheContract) {
  const auto r = runConcord({"check", kSource, kTarget, "--format", "json", "--rules", "quotes/unbalanced"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["tool"]["name"], "concord");
  EXPECT_TRUE(doc["tool"]["version"].is_string());
  EXPECT_EQ(doc["source"]["path"], kSource);
  EXPECT_EQ(doc["source"]["lang"], "fr");
  EXPECT_EQ(doc["target"]["lang"], "en");
  ASSERT_EQ(doc["findings"].size(), 2u);
  const auto& f = doc["findings"][0];
  EXPECT_EQ(f["rule"], "quotes/unbalanced");
  EXPECT_EQ(f["category"], "quotes");
  EXPECT_EQ(f["severity"], "warning");
  EXPECT_TRUE(f["message"].is_string());
  EXPECT_EQ(f["target"]["line"], 31);
  EXPECT_EQ(f["target"]["column"], 55);
  EXPECT_EQ(f["target"]["end_line"], 31);
  EXPECT_EQ(f["target"]["end_column"], 65);
  EXPECT_EQ(f["target"]["text"], "“The whole");
  EXPECT_EQ(f["source"]["line"], 31) << "the aligned source sentence";
  EXPECT_TRUE(f.contains("suggestion"));
  EXPECT_EQ(doc["findings"][1]["target"]["line"], 37);
  EXPECT_EQ(doc["summary"]["warnings"], 2);
  EXPECT_EQ(doc["summary"]["errors"], 0);
  EXPECT_EQ(doc["summary"]["infos"], 0);
}

TEST(Cli, AlignPrintsEveryLinkAsTsvOrJson) {
  const auto tsv = runConcord({"align", kSource, kTarget});
  ASSERT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_EQ(tsv.out.rfind("kind\tconfidence\tsource_lines\ttarget_lines\tsource\ttarget\tmoved_to\n", 0), 0u);
  EXPECT_NE(tsv.out.find("1-1\t"), std::string::npos);
  const auto json = runConcord({"align", kSource, kTarget, "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto doc = nlohmann::json::parse(json.out);
  ASSERT_FALSE(doc["links"].empty());
  // Every line of the seed is one paragraph on each side, so paragraph 31 aligns with paragraph 31.
  bool found = false;
  for (const auto& link : doc["links"]) {
    if (link["target"]["lines"] == "33") {
      EXPECT_EQ(link["source"]["lines"], "33");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(Cli, APassageMovedAndMergedIsNeitherOmittedNorAdded) {
  // The translator moved the story's sixth and seventh sentences up and made them one.
  const std::string dir = makeTempDir();
  writeFile(
      dir + "/source.fr.txt",
      "Le gouverneur Viatcheslav Gladkov a annoncé dimanche que 12 personnes avaient été blessées à "
      "Belgorod. Selon le ministère russe de la Défense, 38 drones ont été abattus au-dessus de la région "
      "pendant la nuit. Le Kremlin a dénoncé une attaque terroriste et promis une riposte.\n\n"
      "Les écoles de la ville resteront fermées jusqu'à mercredi, a précisé la mairie. Plusieurs "
      "immeubles d'habitation ont été endommagés dans le centre-ville.\n\n"
      "L'Ukraine a revendiqué 3 frappes contre la région de Belgorod depuis janvier. Kiev n'a pas commenté "
      "l'attaque de dimanche. Les autorités ont ouvert une enquête pénale pour terrorisme.\n");
  writeFile(
      dir + "/target.en.txt",
      "Governor Vyacheslav Gladkov announced on Sunday that 12 people had been injured in Belgorod. "
      "According to the Russian Defence Ministry, 38 drones were shot down over the region during the "
      "night. Ukraine has claimed 3 strikes on the Belgorod region since January, and Kyiv has not "
      "commented on Sunday's attack. The Kremlin denounced a terrorist attack and promised retaliation."
      "\n\nThe city's schools will remain closed until Wednesday, the town hall said. Several residential "
      "buildings were damaged in the city centre.\n\n"
      "The authorities have opened a criminal investigation for terrorism.\n");
  const std::vector<std::string> pair{
      dir + "/source.fr.txt", dir + "/target.en.txt", "--source-lang", "fr", "--target-lang", "en"};
  std::vector<std::string> check{"check"}, align{"align"};
  check.insert(check.end(), pair.begin(), pair.end());
  align.insert(align.end(), pair.begin(), pair.end());
  const auto checked = runConcord(check);
  EXPECT_EQ(checked.exit_code, 0) << checked.out;
  EXPECT_EQ(checked.out.find("omission/"), std::string::npos) << checked.out;
  EXPECT_EQ(checked.out.find("addition/"), std::string::npos) << checked.out;
  const auto tsv = runConcord(align);
  ASSERT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_NE(tsv.out.find("2-0\t"), std::string::npos) << tsv.out;
  EXPECT_NE(tsv.out.find("\ttarget 1\n"), std::string::npos) << tsv.out;
}

TEST(Cli, AlignShowsWhereAMovedSentenceWent) {
  // The translation of source line 17 (the last paragraph) stands at target line 5.
  const std::string source = repoPath("corpora/fr-lyon-storm/source.fr.txt");
  const std::string target = repoPath("corpora/fr-lyon-storm/target.en.txt");
  const auto tsv = runConcord({"align", source, target});
  ASSERT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_NE(tsv.out.find("0-1\t1.00\t\t5\t\tEnedis technicians hoped"), std::string::npos) << tsv.out;
  EXPECT_NE(tsv.out.find("\tsource 17\n"), std::string::npos) << tsv.out;
  EXPECT_NE(tsv.out.find("\ttarget 5\n"), std::string::npos) << tsv.out;
  const auto verbose = runConcord({"align", source, target, "-v"});
  EXPECT_NE(verbose.err.find("1 sentence out of order"), std::string::npos) << verbose.err;
  const auto json = runConcord({"align", source, target, "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto links = nlohmann::json::parse(json.out)["links"];
  std::size_t moved = 0;
  for (std::size_t i = 0; i < links.size(); ++i) {
    if (!links[i].contains("moved_partner")) continue;
    ++moved;
    const auto& partner = links[links[i]["moved_partner"].get<std::size_t>()];
    EXPECT_EQ(partner["moved_partner"], i);
    EXPECT_NE(partner["kind"], links[i]["kind"]);
  }
  EXPECT_EQ(moved, 2u);
}

TEST(Cli, RulesAndExplain) {
  const auto list = runConcord({"rules"});
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.out.find("quotes/unbalanced"), std::string::npos);
  const auto json = runConcord({"rules", "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(json.out)[0]["id"].get<std::string>().find('/') != std::string::npos, true);
  const auto explain = runConcord({"explain", "quotes/unbalanced"});
  EXPECT_EQ(explain.exit_code, 0);
  EXPECT_TRUE(explain.out.starts_with("quotes/unbalanced\n=")) << explain.out;
  const auto unknown = runConcord({"explain", "quotes/nope"});
  EXPECT_EQ(unknown.exit_code, 2);
}

TEST(Cli, LanguagesComeFromFlagsFileNamesOrTheText) {
  const std::string dir = makeTempDir();
  writeFile(dir + "/a.txt", readFile(kSource));
  writeFile(dir + "/b.txt", readFile(kTarget));
  const auto detected = runConcord({"check", dir + "/a.txt", dir + "/b.txt", "--format", "json"});
  ASSERT_NE(detected.exit_code, 2) << detected.err;
  const auto doc = nlohmann::json::parse(detected.out);
  EXPECT_EQ(doc["source"]["lang"], "fr");
  EXPECT_EQ(doc["target"]["lang"], "en");
  EXPECT_NE(doc["notes"].dump().find("detected"), std::string::npos) << "the report says it guessed";
  const auto flagged = runConcord({"check", dir + "/a.txt", dir + "/b.txt", "--source-lang", "fr",
                                   "--target-lang", "en-gb", "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(flagged.out)["target"]["lang"], "en-GB");
}

TEST(Cli, HelpAndVersion) {
  const auto help = runConcord({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("concord check"), std::string::npos);
  const auto version = runConcord({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("concord 0."), std::string::npos);
}

}  // namespace
}  // namespace concord::testing
