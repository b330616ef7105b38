// One problem, one finding: a missing number that a cut-off line or an omission already accounts for.
#include "checker/pipeline/one_problem.h"

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

}  // namespace
}  // namespace concord
