// One problem, one finding: a missing number that a cut-off line or an omission already accounts for.
#include "checker/pipeline/one_problem.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

namespace concord {
namespace {

Finding missingNumber(TextRange source_number, TextRange target_sentence) {
  Finding f;
  f.rule_id = "numbers/mismatch";
  f.primary = Side::source;
  f.source = source_number;
  f.target = target_sentence;
  return f;
}

Finding cutOff(TextRange last_words, Severity severity = Severity::warning) {
  Finding f;
  f.rule_id = "truncation/cut-off";
  f.severity = severity;
  f.target = last_words;
  return f;
}

Finding omittedClause(TextRange source_clause) {
  Finding f;
  f.rule_id = "omission/clause";
  f.primary = Side::source;
  f.source = source_clause;
  return f;
}

Finding quotesFinding(std::string rule, TextRange range, std::optional<std::string> suggestion,
                      Severity severity = Severity::warning) {
  Finding f;
  f.rule_id = "quotes/" + std::move(rule);
  f.severity = severity;
  f.target = range;
  f.suggestion = std::move(suggestion);
  return f;
}

std::vector<std::string> rulesOf(const std::vector<Finding>& findings) {
  std::vector<std::string> ids;
  for (const Finding& f : findings) ids.push_back(f.rule_id);
  return ids;
}

TEST(OneProblem, ANumberLostWithTheCutIsTheCutOffFinding) {
  std::vector<Finding> findings{cutOff({244, 260}), missingNumber({120, 126}, {200, 260})};
  findings.front().message = "the paragraph has no closing punctuation";
  dropFindingsOfReportedProblems(findings);
  EXPECT_EQ(rulesOf(findings), std::vector<std::string>{"truncation/cut-off"});
  EXPECT_EQ(findings.front().message, "the paragraph has no closing punctuation");  // kept whole
}

TEST(OneProblem, ANumberInsideAnOmittedClauseIsTheOmission) {
  std::vector<Finding> findings{missingNumber({30, 35}, {200, 260}), omittedClause({10, 60})};
  dropFindingsOfReportedProblems(findings);
  EXPECT_EQ(rulesOf(findings), std::vector<std::string>{"omission/clause"});
}

TEST(OneProblem, OtherLinesAndWeakerFindingsKeepTheNumber) {
  std::vector<Finding> findings{missingNumber({120, 126}, {200, 260}), cutOff({400, 420}),
                                omittedClause({500, 560})};
  dropFindingsOfReportedProblems(findings);
  EXPECT_EQ(findings.size(), 3u);  // the cut and the omission are elsewhere

  std::vector<Finding> soft{missingNumber({120, 126}, {200, 260}), cutOff({244, 260}, Severity::info)};
  dropFindingsOfReportedProblems(soft);
  EXPECT_EQ(soft.size(), 2u);  // an info cut-off does not replace the number's warning
}

TEST(OneProblem, AChangedNumberIsNeverDropped) {
  Finding changed = missingNumber({120, 126}, {244, 250});
  changed.primary = Side::target;
  std::vector<Finding> findings{changed, cutOff({244, 260})};
  dropFindingsOfReportedProblems(findings);
  EXPECT_EQ(findings.size(), 2u);
}

TEST(OneProblem, AQuotationIsReportedByTheRuleWhoseFixRewritesIt) {
  // «We stay » in English: foreign-marks rewrites the quotation; the space inside its » is part of that fix.
  std::vector<Finding> findings{quotesFinding("foreign-marks", {10, 40}, "“We stay”"),
                                quotesFinding("spacing", {36, 40}, "”")};
  dropFindingsOfReportedProblems(findings);
  EXPECT_EQ(rulesOf(findings), std::vector<std::string>{"quotes/foreign-marks"});
}

TEST(OneProblem, QuotesFindingsElsewhereOrStrongerStay) {
  std::vector<Finding> apart{quotesFinding("foreign-marks", {10, 40}, "“We stay”"),
                             quotesFinding("spacing", {50, 54}, "”")};
  dropFindingsOfReportedProblems(apart);
  EXPECT_EQ(apart.size(), 2u);  // another quotation

  std::vector<Finding> no_fix{quotesFinding("source-parity", {10, 40}, std::nullopt),
                              quotesFinding("spacing", {36, 40}, "”")};
  dropFindingsOfReportedProblems(no_fix);
  EXPECT_EQ(no_fix.size(), 2u);  // a quotation the source lacks is another problem than its marks

  std::vector<Finding> weaker{quotesFinding("spacing", {10, 40}, "«Nous»", Severity::info),
                              quotesFinding("unbalanced", {36, 40}, std::nullopt)};
  dropFindingsOfReportedProblems(weaker);
  EXPECT_EQ(weaker.size(), 2u);  // an info hint does not hide a warning
}

TEST(OneProblem, OfTwoQuotesRulesOnTheSameRangeTheOneSortingFirstStays) {
  std::vector<Finding> findings{quotesFinding("spacing", {10, 40}, "“We stay”"),
                                quotesFinding("foreign-marks", {10, 40}, "“We stay”")};
  dropFindingsOfReportedProblems(findings);
  EXPECT_EQ(rulesOf(findings), std::vector<std::string>{"quotes/foreign-marks"});
}

// The definition, one finding against every other: what dropFindingsOfReportedProblems must keep.
bool within(const std::optional<TextRange>& inner, const std::optional<TextRange>& outer) {
  return inner && outer && outer->begin <= inner->begin && inner->end <= outer->end;
}

bool droppedByAnother(const Finding& f, const std::vector<Finding>& all) {
  auto any = [&](auto covers) { return std::any_of(all.begin(), all.end(), covers); };
  if (f.rule_id == "numbers/mismatch" && f.primary == Side::source && f.source && f.target)
    return any([&](const Finding& c) {
      if (c.severity < Severity::warning) return false;
      if (c.rule_id == "truncation/cut-off") return within(c.target, f.target);
      return c.category() == "omission" && c.primary == Side::source && within(f.source, c.source);
    });
  if (f.category() != "quotes") return false;
  return any([&](const Finding& c) {
    return c.category() == "quotes" && c.rule_id != f.rule_id && c.primary == Side::target &&
           f.primary == Side::target && c.suggestion && c.severity >= f.severity &&
           within(f.target, c.target) && !(f.target == c.target && f.rule_id < c.rule_id);
  });
}

TEST(OneProblem, KeepsWhatComparingEveryPairOfFindingsKeeps) {
  std::mt19937 random(29);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  auto range = [&] {
    const std::size_t begin = pick(300);
    return TextRange{begin, begin + pick(40)};
  };
  const Severity severities[] = {Severity::info, Severity::warning, Severity::error};
  for (int round = 0; round < 20; ++round) {
    std::vector<Finding> findings;
    for (int k = 0; k < 150; ++k) {
      const std::size_t kind = pick(6);
      Finding f = kind == 0   ? missingNumber(range(), range())
                  : kind == 1 ? cutOff(range(), severities[pick(3)])
                  : kind == 2
                      ? omittedClause(range())
                      : quotesFinding(kind == 3   ? "spacing"
                                      : kind == 4 ? "foreign-marks"
                                                  : "unbalanced",
                                      range(), pick(2) ? std::optional<std::string>("x") : std::nullopt,
                                      severities[pick(3)]);
      if (pick(8) == 0) f.primary = f.primary == Side::source ? Side::target : Side::source;
      f.message = std::to_string(k);
      findings.push_back(f);
    }
    std::vector<std::string> expected;
    for (const Finding& f : findings)
      if (!droppedByAnother(f, findings)) expected.push_back(f.message);
    dropFindingsOfReportedProblems(findings);
    std::vector<std::string> kept;
    for (const Finding& f : findings) kept.push_back(f.message);
    EXPECT_EQ(kept, expected);
  }
}

}  // namespace
}  // namespace concord
