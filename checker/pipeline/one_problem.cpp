#include "checker/pipeline/one_problem.h"

#include <map>
#include <string>
#include <utility>

#include "checker/pipeline/nested_ranges.h"

namespace concord {
namespace {

// A source number reported missing from its aligned target sentence (the finding's target range).
bool isMissingNumber(const Finding& f) {
  return f.rule_id == "numbers/mismatch" && f.primary == Side::source && f.source && f.target;
}

bool isCutOff(const Finding& f) {
  return f.severity >= Severity::warning && f.rule_id == "truncation/cut-off" && f.target;
}

bool isOmission(const Finding& f) {
  return f.severity >= Severity::warning && f.category() == "omission" && f.primary == Side::source &&
         f.source;
}

// A source sentence reported as having no translation at all.
bool isMissingSentence(const Finding& f) {
  return f.rule_id == "omission/sentence" && f.primary == Side::source && f.source;
}

// A part of a source sentence reported missing from the sentence the aligner paired it with: the rest of
// that sentence is translated, so the sentence is not missing.
bool isMissingPart(const Finding& f) {
  return f.severity >= Severity::warning && f.rule_id == "omission/clause" && f.primary == Side::source &&
         f.source;
}

// A quotes finding whose fix rewrites a whole quotation (both marks, spaces, nested marks) accounts for what
// another quotes rule finds inside it: its fix replaces those marks too, or the re-check after it tells.
bool rewritesQuotation(const Finding& f) {
  return f.category() == "quotes" && f.primary == Side::target && f.suggestion && f.target;
}

bool isQuotationPart(const Finding& f) {
  return f.category() == "quotes" && f.primary == Side::target && f.target;
}

template <typename Keep>
NestedRanges rangesOf(const std::vector<Finding>& findings, Keep keep,
                      std::optional<TextRange> Finding::*side) {
  std::vector<TextRange> ranges;
  for (const Finding& f : findings)
    if (keep(f)) ranges.push_back(*(f.*side));
  return NestedRanges(std::move(ranges));
}

// The quotation-rewriting findings' target ranges by rule and severity: a part is dropped by another rule's
// rewrite at its severity or higher that contains it (of two on the same range, the rule sorting first
// stays).
class QuotationRewrites {
 public:
  explicit QuotationRewrites(const std::vector<Finding>& findings) {
    std::map<std::pair<std::string, Severity>, std::vector<TextRange>> ranges;
    for (const Finding& f : findings)
      if (rewritesQuotation(f)) ranges[{f.rule_id, f.severity}].push_back(*f.target);
    for (auto& [key, list] : ranges)
      groups_.emplace_back(key.first, key.second, NestedRanges(std::move(list)));
  }

  bool cover(const Finding& part) const {
    for (const auto& [rule, severity, ranges] : groups_) {
      if (rule == part.rule_id || severity < part.severity) continue;
      if (rule < part.rule_id ? ranges.anyContaining(*part.target)
                              : ranges.anyContainingOtherThan(*part.target))
        return true;
    }
    return false;
  }

 private:
  std::vector<std::tuple<std::string, Severity, NestedRanges>> groups_;
};

}  // namespace

void dropFindingsOfReportedProblems(std::vector<Finding>& findings) {
  // A missing number goes when a cut-off's last words lie in its target sentence, or when it lies in an
  // omitted source clause or sentence.
  const NestedRanges cut_offs = rangesOf(findings, isCutOff, &Finding::target);
  const NestedRanges omissions = rangesOf(findings, isOmission, &Finding::source);
  const QuotationRewrites rewrites(findings);
  // A sentence reported missing goes when a part of it is reported missing from its translation: the two
  // disagree, and the clause finding rests on the words of a translation that is there.
  const NestedRanges missing_parts = rangesOf(findings, isMissingPart, &Finding::source);
  std::vector<bool> drop(findings.size(), false);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (isMissingNumber(f))
      drop[i] = cut_offs.anyWithin(*f.target) || omissions.anyContaining(*f.source);
    else if (isQuotationPart(f))
      drop[i] = rewrites.cover(f);
    else if (isMissingSentence(f))
      drop[i] = missing_parts.anyWithin(*f.source);
  }
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(findings[i]));
  findings = std::move(kept);
}

}  // namespace concord
