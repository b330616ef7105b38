// Which suggestions `concord fix` applies: one replacement per range, none overlapping, never over markup.
#include "checker/fixing/fix_plan.h"

#include <gtest/gtest.h>

namespace concord {
namespace {

Finding suggesting(const std::string& rule, TextRange range, const std::string& replacement) {
  Finding finding;
  finding.rule_id = rule;
  finding.target = range;
  finding.suggestion = replacement;
  return finding;
}

const std::vector<std::string> kFixable = {"transliteration/house-style", "quotes/foreign-marks",
                                           "typography/double-space"};

TEST(FixPlan, AppliesSuggestionsInTextOrder) {
  const Document doc("a.en.txt", "Kiev  and Kiev.\n", "en", TextFormat::plain);
  const auto plan = planFixes(doc,
                              {suggesting("transliteration/house-style", {10, 14}, "Kyiv"),
                               suggesting("transliteration/house-style", {0, 4}, "Kyiv"),
                               suggesting("typography/double-space", {4, 6}, " ")},
                              kFixable);
  ASSERT_EQ(plan.edits.size(), 3u);
  EXPECT_TRUE(plan.skipped.empty());
  EXPECT_EQ(applyEdits(doc.original(), plan.edits), "Kyiv and Kyiv.\n");
}

TEST(FixPlan, OverlappingFixKeepsTheEarlierAndSkipsTheLater) {
  const Document doc("a.en.txt", "«Kiev» said.\n", "en", TextFormat::plain);
  const auto plan = planFixes(doc,
                              {suggesting("quotes/foreign-marks", {0, 7}, "“Kiev"),
                               suggesting("transliteration/house-style", {2, 6}, "Kyiv")},
                              kFixable);
  ASSERT_EQ(plan.edits.size(), 1u);
  EXPECT_EQ(plan.edits[0].rule_id, "quotes/foreign-marks");
  ASSERT_EQ(plan.skipped.size(), 1u);
  EXPECT_EQ(plan.skipped[0].edit.rule_id, "transliteration/house-style");
  EXPECT_NE(plan.skipped[0].reason.find("overlaps"), std::string::npos);
}

TEST(FixPlan, ReplacementsThatWouldBreakAJsonOrXmlFileAreSkipped) {
  const std::string json = "{\"uri\": \"x\", \"headline\": \"Kiev 'said'\"}";
  const std::string blanked(json.size(), ' ');
  const std::size_t kiev = json.find("Kiev");
  std::string text = blanked;
  text.replace(kiev, 11, "Kiev 'said'");
  const Document doc("a.en.ninjs.json", json, text, "en", FileFormat::ninjs);
  const auto plan = planFixes(doc,
                              {suggesting("transliteration/house-style", {kiev, kiev + 4}, "Kyiv"),
                               suggesting("quotes/foreign-marks", {kiev + 5, kiev + 11}, "\"said\"")},
                              kFixable);
  ASSERT_EQ(plan.edits.size(), 1u);
  EXPECT_EQ(plan.edits[0].replacement, "Kyiv");
  ASSERT_EQ(plan.skipped.size(), 1u) << "a straight quote would end the JSON string";
  EXPECT_NE(plan.skipped[0].reason.find("escapes"), std::string::npos);
  const Document page("a.en.xml", "<p>AT and T</p>", "   AT and T    ", "en", FileFormat::newsml);
  EXPECT_EQ(
      planFixes(page, {suggesting("transliteration/house-style", {3, 11}, "AT&T")}, kFixable).edits.size(),
      0u);
}

TEST(FixPlan, DifferentSuggestionsForOneRangeAreBothSkipped) {
  const Document doc("a.en.txt", "Kiev.\n", "en", TextFormat::plain);
  const auto plan = planFixes(doc,
                              {suggesting("transliteration/house-style", {0, 4}, "Kyiv"),
                               suggesting("quotes/foreign-marks", {0, 4}, "Kiyv")},
                              kFixable);
  EXPECT_TRUE(plan.edits.empty());
  EXPECT_EQ(plan.skipped.size(), 2u);
}

TEST(FixPlan, AgreeingSuggestionsAreOneEdit) {
  const Document doc("a.en.txt", "Kiev.\n", "en", TextFormat::plain);
  const auto plan = planFixes(doc,
                              {suggesting("transliteration/house-style", {0, 4}, "Kyiv"),
                               suggesting("quotes/foreign-marks", {0, 4}, "Kyiv")},
                              kFixable);
  EXPECT_EQ(plan.edits.size(), 1u);
  EXPECT_TRUE(plan.skipped.empty());
}

TEST(FixPlan, OnlyTheChosenFixableRulesAndOnlyTheTarget) {
  const Document doc("a.en.txt", "Kiev teh.\n", "en", TextFormat::plain);
  Finding on_source = suggesting("transliteration/house-style", {0, 4}, "Kyiv");
  on_source.primary = Side::source;
  on_source.source = TextRange{0, 4};
  const auto plan = planFixes(doc, {on_source, suggesting("spelling/hunspell", {5, 8}, "the")}, kFixable);
  EXPECT_TRUE(plan.edits.empty());
}

TEST(FixPlan, RangeOverMarkdownSyntaxIsSkipped) {
  const Document doc("a.en.md", "The **Kiev** office.\n", "en", TextFormat::markdown);
  const auto plan = planFixes(doc, {suggesting("transliteration/house-style", {4, 12}, "Kyiv")}, kFixable);
  EXPECT_TRUE(plan.edits.empty());
  ASSERT_EQ(plan.skipped.size(), 1u);
  EXPECT_NE(plan.skipped[0].reason.find("markup"), std::string::npos);
}

}  // namespace
}  // namespace concord
