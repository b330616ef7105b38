// Inline suppressions as an editor writes them in a Markdown article, checked by the real binary.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

const std::string kSource =
    "Le maire de Kiev a parlé hier soir devant le conseil municipal.\n\n"
    "Il a dit que Kiev tiendra et que les écoles rouvriront lundi.\n\n"
    "Le conseil de Kiev a voté le budget de la ville pour l'année prochaine.\n\n"
    "Les habitants de Kiev ont applaudi la décision du conseil.\n";

struct Checked {
  int exit_code;
  nlohmann::json findings;
  std::string err;
};

// Checks `target` (Markdown) against kSource with the rules given; the findings of the JSON contract.
Checked check(const std::string& target, const std::string& rules, const std::string& source = kSource) {
  const std::string dir = makeTempDir();
  writeFile(dir + "/story.fr.md", source);
  writeFile(dir + "/story.en.md", target);
  const auto r =
      runConcord({"check", dir + "/story.fr.md", dir + "/story.en.md", "--format", "json", "--rules", rules});
  std::filesystem::remove_all(dir);
  if (r.exit_code == 2) return {2, nlohmann::json::array(), r.err};
  return {r.exit_code, nlohmann::json::parse(r.out)["findings"], r.err};
}

// "rule@line" for each finding, in report order.
std::vector<std::string> places(const nlohmann::json& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    const auto& at = f["target"].is_object() ? f["target"] : f["source"];
    out.push_back(f["rule"].get<std::string>() + "@" + std::to_string(at["line"].get<int>()));
  }
  return out;
}

const std::string kHouse = "transliteration/house-style";
const std::string kHouseAndUnused = "transliteration/house-style,consistency/unused-suppression";

TEST(InlineSuppressions, WithoutDirectivesEveryKievIsReported) {
  const auto r = check(
      "The mayor of Kiev spoke last night before the city council.\n\n"
      "He said Kiev will hold and that schools will reopen on Monday.\n\n"
      "The Kiev council voted the city's budget for next year.\n\n"
      "The people of Kiev applauded the council's decision.\n",
      kHouse);
  EXPECT_EQ(places(r.findings),
            (std::vector<std::string>{kHouse + "@1", kHouse + "@3", kHouse + "@5", kHouse + "@7"}));
}

TEST(InlineSuppressions, DisableNextLineHidesThatLineOnly) {
  const auto r = check(
      "<!-- concord-disable-next-line transliteration/house-style -->\n"
      "The mayor of Kiev spoke last night before the city council.\n\n"
      "He said Kiev will hold and that schools will reopen on Monday.\n\n"
      "The Kiev council voted the city's budget for next year.\n\n"
      "The people of Kiev applauded the council's decision.\n",
      kHouseAndUnused);
  EXPECT_EQ(places(r.findings), (std::vector<std::string>{kHouse + "@4", kHouse + "@6", kHouse + "@8"}));
}

TEST(InlineSuppressions, DisableLineAndAListOfRulesAndACategory) {
  const auto r = check(
      "The mayor of Kiev spoke last night before the city council. <!-- concord-disable-line "
      "transliteration -->\n\n"
      "<!-- concord-disable-next-line quotes/unbalanced, transliteration/house-style -- the desk keeps it "
      "-->\n"
      "He said Kiev will hold and that schools will reopen on Monday.\n\n"
      "The Kiev council voted the city's budget for next year.\n\n"
      "The people of Kiev applauded the council's decision.\n",
      kHouseAndUnused);
  EXPECT_EQ(places(r.findings), (std::vector<std::string>{kHouse + "@6", kHouse + "@8"}));
}

TEST(InlineSuppressions, DisableEnableBlocks) {
  const auto r = check(
      "<!-- concord-disable -->\n"
      "The mayor of Kiev spoke last night before the city council.\n\n"
      "He said Kiev will hold and that schools will reopen on Monday.\n"
      "<!-- concord-enable -->\n\n"
      "<!-- concord-disable transliteration/house-style -->\n"
      "The Kiev council voted the city's budget for next year.\n"
      "<!-- concord-enable transliteration/house-style -->\n\n"
      "The people of Kiev applauded the council's decision.\n",
      kHouseAndUnused);
  EXPECT_EQ(places(r.findings), (std::vector<std::string>{kHouse + "@11"}));
}

TEST(InlineSuppressions, EnableOneRuleInsideADisableOfAll) {
  const auto r = check(
      "<!-- concord-disable -->\n"
      "The mayor of Kiev spoke last night before the city council.\n"
      "<!-- concord-enable transliteration/house-style -->\n\n"
      "He said Kiev will hold and that schools will reopen on Monday.\n\n"
      "The Kiev council voted the city's budget for next year.\n\n"
      "The people of Kiev applauded the council's decision.\n",
      kHouse);
  EXPECT_EQ(places(r.findings), (std::vector<std::string>{kHouse + "@5", kHouse + "@7", kHouse + "@9"}));
}

TEST(InlineSuppressions, UnusedAndUnknownAreInfoFindingsOnTheComment) {
  const auto r = check(
      "<!-- concord-disable-next-line transliteration/house-style -->\n"
      "The mayor of Kyiv spoke last night before the city council.\n\n"
      "<!-- concord-disable-next-line transliteration/house-styel -->\n"
      "He said Kiev will hold and that schools will reopen on Monday.\n\n"
      "The Kiev council voted the city's budget for next year. <!-- concord-disable-lines -->\n\n"
      "The people of Kiev applauded the council's decision.\n",
      kHouseAndUnused);
  const std::string unused = "consistency/unused-suppression";
  ASSERT_EQ(places(r.findings), (std::vector<std::string>{unused + "@1", unused + "@4", kHouse + "@5",
                                                          kHouse + "@7", unused + "@7", kHouse + "@9"}));
  EXPECT_EQ(r.findings[0]["severity"], "info");
  EXPECT_EQ(r.findings[0]["target"]["text"],
            "<!-- concord-disable-next-line transliteration/house-style -->");
  EXPECT_NE(r.findings[0]["message"].get<std::string>().find("hides no finding"), std::string::npos);
  EXPECT_NE(r.findings[1]["message"].get<std::string>().find("“transliteration/house-styel”"),
            std::string::npos);
  EXPECT_NE(
      r.findings[4]["message"].get<std::string>().find("“concord-disable-lines” is no Concord directive"),
      std::string::npos);
}

TEST(InlineSuppressions, CommentsAreNotCheckedAsText) {
  const std::string comment = "<!-- editor: Kiev, teh «quote» and a “stray mark -->\n";
  const auto r = check(comment +
                           "The mayor spoke last night before the city council.\n\n"
                           "He said the city will hold and that schools will reopen on Monday.\n",
                       "transliteration,quotes,spelling,typography",
                       "Le maire a parlé hier soir devant le conseil municipal.\n\n"
                       "Il a dit que la ville tiendra et que les écoles rouvriront lundi.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.findings.empty()) << r.findings.dump(1);
}

TEST(InlineSuppressions, ADirectiveInTheSourceHidesASourceFinding) {
  const std::string source =
      "Le maire a parlé hier soir devant le conseil municipal.\n\n"
      "<!-- concord-disable-next-line omission/sentence -->\n"
      "Cette phrase n'a pas été traduite parce que la rédaction l'a jugée inutile pour les lecteurs.\n\n"
      "Il a dit que la ville tiendra et que les écoles rouvriront lundi.\n";
  const std::string target =
      "The mayor spoke last night before the city council.\n\n"
      "He said the city will hold and that schools will reopen on Monday.\n";
  const auto shown =
      check(target, "omission/sentence",
            replacedOnce(source, "<!-- concord-disable-next-line omission/sentence -->\n", ""));
  ASSERT_EQ(places(shown.findings), (std::vector<std::string>{"omission/sentence@3"}));
  const auto hidden = check(target, "omission/sentence,consistency/unused-suppression", source);
  EXPECT_TRUE(hidden.findings.empty()) << hidden.findings.dump(1);
}

TEST(InlineSuppressions, PlainTextHasNoDirectives) {
  const std::string dir = makeTempDir();
  writeFile(dir + "/story.fr.txt", kSource);
  writeFile(dir + "/story.en.txt",
            "<!-- concord-disable -->\nThe mayor of Kiev spoke last night before the city council.\n");
  const auto r = runConcord({"check", dir + "/story.fr.txt", dir + "/story.en.txt", "--format", "json",
                             "--rules", kHouse, "--no-language-check"});
  std::filesystem::remove_all(dir);
  ASSERT_NE(r.exit_code, 2) << r.err;
  EXPECT_EQ(places(nlohmann::json::parse(r.out)["findings"]), (std::vector<std::string>{kHouse + "@2"}));
}

TEST(InlineSuppressions, FixLeavesASuppressedSuggestionAlone) {
  const std::string dir = makeTempDir();
  writeFile(dir + "/story.fr.md", kSource);
  writeFile(dir + "/story.en.md",
            "<!-- concord-disable-next-line transliteration/house-style -->\n"
            "The mayor of Kiev spoke last night before the city council.\n\n"
            "He said Kiev will hold and that schools will reopen on Monday.\n");
  const auto r = runConcord({"fix", dir + "/story.fr.md", dir + "/story.en.md", "--no-language-check"});
  const std::string fixed = readFile(dir + "/story.en.md");
  std::filesystem::remove_all(dir);
  EXPECT_NE(r.exit_code, 2) << r.err;
  EXPECT_NE(fixed.find("The mayor of Kiev spoke"), std::string::npos) << fixed;
  EXPECT_NE(fixed.find("He said Kyiv will hold"), std::string::npos) << fixed;
}

}  // namespace
}  // namespace concord::testing
