// Inline suppressions as an editor writes them in a Markdown or HTML article and in an XLIFF file, checked by
// the real binary.
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
const std::string kUnused = "consistency/unused-suppression";
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

nlohmann::json run(const std::vector<std::string>& args) {
  const auto r = runConcord(args);
  EXPECT_NE(r.exit_code, 2) << r.err;
  return r.exit_code == 2 ? nlohmann::json::array() : nlohmann::json::parse(r.out)["findings"];
}

// Checks the HTML page `target` against kSource (Markdown) with `rules`.
nlohmann::json checkHtml(const std::string& body, const std::string& rules) {
  const std::string dir = makeTempDir();
  writeFile(dir + "/story.fr.md", kSource);
  writeFile(dir + "/story.en.html",
            "<!doctype html>\n<html lang=\"en\"><body><article>\n" + body + "</article></body></html>\n");
  auto findings =
      run({"check", dir + "/story.fr.md", dir + "/story.en.html", "--format", "json", "--rules", rules});
  std::filesystem::remove_all(dir);
  return findings;
}

TEST(HtmlSuppressions, NextLineIsTheNextBlockLineAndBlocksWorkAsInMarkdown) {
  const auto findings = checkHtml(
      "<!-- concord-disable-next-line transliteration/house-style -->\n"
      "<p>The mayor spoke last night before the city council\n"
      "of Kiev.</p>\n"                                                           // line 5: hidden
      "<p>He said Kiev will hold and that schools will reopen on Monday.</p>\n"  // line 6: shown
      "<p>The Kiev council voted the city's budget for next year.</p> <!-- concord-disable-line "
      "transliteration -->\n"  // line 7: hidden
      "<!-- concord-disable -->\n"
      "<p>The people of Kiev applauded the council's decision.</p>\n"  // line 9: hidden
      "<!-- concord-enable -->\n",
      kHouseAndUnused);
  EXPECT_EQ(places(findings), (std::vector<std::string>{kHouse + "@6"})) << findings.dump(1);
}

TEST(HtmlSuppressions, AnUnusedDirectiveIsAnInfoFindingAtTheComment) {
  const auto findings = checkHtml(
      "<!-- concord-disable-next-line transliteration/house-style -->\n"
      "<p>The mayor spoke last night before the city council.</p>\n"
      "<p>He said Kiev will hold and that schools will reopen on Monday.</p>\n"
      "<p>The council voted the city's budget for next year.</p>\n"
      "<p>The people applauded the council's decision. <!-- concord-disable-lines --></p>\n",
      kHouseAndUnused);
  ASSERT_EQ(places(findings), (std::vector<std::string>{kUnused + "@3", kHouse + "@5", kUnused + "@7"}))
      << findings.dump(1);
  EXPECT_EQ(findings[0]["severity"], "info");
  EXPECT_EQ(findings[0]["target"]["text"], "<!-- concord-disable-next-line transliteration/house-style -->");
  EXPECT_NE(findings[2]["message"].get<std::string>().find("“concord-disable-lines” is no Concord directive"),
            std::string::npos);
}

TEST(HtmlSuppressions, AFakeCommentInAScriptIsNoDirective) {
  const auto findings = checkHtml(
      "<script>var note = \"<!-- concord-disable -->\";</script>\n"
      "<p>The mayor of Kiev spoke last night before the city council.</p>\n",
      kHouseAndUnused);
  EXPECT_EQ(places(findings), (std::vector<std::string>{kHouse + "@4"})) << findings.dump(1);
}

const std::string kXliff12 =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n"
    "  <file original=\"story\" source-language=\"fr\" target-language=\"en\" datatype=\"plaintext\">\n"
    "    <body>\n"
    "      <trans-unit id=\"1\">\n"
    "        <source>Le maire de Kiev a parlé hier soir devant le conseil municipal.</source>\n"
    "        <target>The mayor of Kiev spoke last night before the city council.</target>\n"
    "        <note>concord-disable transliteration/house-style -- the desk keeps Kiev here</note>\n"
    "      </trans-unit>\n"
    "      <trans-unit id=\"2\">\n"
    "        <source>Il a dit que Kiev tiendra et que les écoles rouvriront lundi.</source>\n"
    "        <target>He said Kiev will hold and that schools will reopen on Monday.</target>\n"
    "      </trans-unit>\n"
    "      <trans-unit id=\"3\">\n"
    "        <source>Le conseil a voté le budget de la ville pour l'année prochaine.</source>\n"
    "        <target>The council voted the city's budget for next year.</target>\n"
    "        <note from=\"translator\">concord-disable transliteration -- nothing to hide</note>\n"
    "        <note>concord-disable transliteration/house-styel</note>\n"
    "      </trans-unit>\n"
    "    </body>\n"
    "  </file>\n"
    "</xliff>\n";

TEST(XliffSuppressions, AUnitNoteHidesThatUnitsFindingsAndUnusedOnesAreReportedOnce) {
  const std::string dir = makeTempDir();
  writeFile(dir + "/story.xlf", kXliff12);
  const auto findings = run({"check", dir + "/story.xlf", "--format", "json", "--rules", kHouseAndUnused});
  ASSERT_EQ(places(findings), (std::vector<std::string>{kHouse + "@12", kUnused + "@17", kUnused + "@18"}))
      << findings.dump(1);
  EXPECT_EQ(findings[1]["severity"], "info");
  EXPECT_EQ(findings[1]["target"]["text"],
            "<note from=\"translator\">concord-disable transliteration -- nothing to hide</note>");
  EXPECT_NE(findings[2]["message"].get<std::string>().find("“transliteration/house-styel”"),
            std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(XliffSuppressions, Xliff2NotesHideAnOmissionOnTheSourceSide) {
  const std::string dir = makeTempDir();
  const std::string unit =
      "    <unit id=\"u1\">\n"
      "      <notes><note category=\"comment\">concord-disable omission</note></notes>\n"
      "      <segment><source>Le maire a parlé hier soir devant le conseil municipal de la "
      "ville.</source></segment>\n"
      "    </unit>\n";
  const std::string other =
      "    <unit id=\"u2\"><segment><source>Il pleut.</source><target>It rains.</target></segment></unit>\n";
  auto xliff = [&](const std::string& units) {
    return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"fr\" "
           "trgLang=\"en\">\n"
           "  <file id=\"f\">\n" +
           units + "  </file>\n</xliff>\n";
  };
  writeFile(dir + "/shown.xlf", xliff(replacedOnce(unit, "concord-disable omission", "a headline") + other));
  writeFile(dir + "/hidden.xlf", xliff(unit + other));
  const std::vector<std::string> flags{"--format", "json", "--rules", "omission," + kUnused,
                                       "--no-language-check"};
  auto with = [&](const std::string& file) {
    std::vector<std::string> args{"check", dir + "/" + file};
    args.insert(args.end(), flags.begin(), flags.end());
    return run(args);
  };
  EXPECT_FALSE(with("shown.xlf").empty()) << "an untranslated unit is an omission";
  EXPECT_TRUE(with("hidden.xlf").empty()) << with("hidden.xlf").dump(1);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace concord::testing
