#include "checker/pipeline/one_problem.h"

#include <algorithm>

namespace concord {
namespace {

bool within(const std::optional<TextRange>& inner, const std::optional<TextRange>& outer) {
  return inner && outer && outer->begin <= inner->begin && inner->end <= outer->end;
}

// A source number reported missing from its aligned target sentence (the finding's target range).
bool isMissingNumber(const Finding& f) {
  return f.rule_id == "numbers/mismatch" && f.primary == Side::source && f.source && f.target;
}

// `covering` reports the same loss as the missing number `number`.
bool covers(const Finding& covering, const Finding& number) {
  if (covering.severity < Severity::warning) return false;
  if (covering.rule_id == "truncation/cut-off") return within(covering.target, number.target);
  if (covering.category() == "omission" && covering.primary == Side::source)
    return within(number.source, covering.source);
  return false;
}

// A quotes finding whose fix rewrites a whole quotation (both marks, spaces, nested marks) accounts for what
// another quotes rule finds inside it: its fix replaces those marks too, or the re-check after it tells.
bool coversQuotation(const Finding& covering, const Finding& inner) {
  return covering.category() == "quotes" && inner.category() == "quotes" &&
         covering.rule_id != inner.rule_id && covering.primary == Side::target &&
         inner.primary == Side::target && covering.suggestion && covering.severity >= inner.severity &&
         within(inner.target, covering.target) &&
         !(inner.target == covering.target && inner.rule_id < covering.rule_id);
}

}  // namespace

void dropFindingsOfReportedProblems(std::vector<Finding>& findings) {
  std::vector<bool> drop(findings.size(), false);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (isMissingNumber(findings[i]))
      drop[i] = std::any_of(findings.begin(), findings.end(),
                            [&](const Finding& other) { return covers(other, findings[i]); });
    else if (findings[i].category() == "quotes")
      drop[i] = std::any_of(findings.begin(), findings.end(),
                            [&](const Finding& other) { return coversQuotation(other, findings[i]); });
  }
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(findings[i]));
  findings = std::move(kept);
}

}  // namespace concord
