#include "checker/model/finding.h"

#include <algorithm>
#include <tuple>

namespace concord {

std::string_view severityName(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "warning";
}

std::optional<Severity> parseSeverity(std::string_view name) {
  if (name == "info") return Severity::info;
  if (name == "warning") return Severity::warning;
  if (name == "error") return Severity::error;
  return std::nullopt;
}

std::string_view Finding::category() const {
  const std::string_view id = rule_id;
  return id.substr(0, id.find('/'));
}

const std::vector<std::string_view>& ruleCategories() {
  static const std::vector<std::string_view> categories = {
      "transliteration", "consistency", "quotes",      "numbers",  "omission",  "addition",
      "untranslated",    "truncation",  "terminology", "spelling", "typography"};
  return categories;
}

namespace {
auto sortKey(const Finding& f) {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  // Source-only findings (omissions) sort by where their source would sit among target findings: after.
  return std::make_tuple(f.target ? f.target->begin : kNone, f.source ? f.source->begin : kNone,
                         std::string_view(f.rule_id), f.target ? f.target->end : 0,
                         f.source ? f.source->end : 0, std::string_view(f.message));
}
}  // namespace

void sortAndDedupe(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return sortKey(a) < sortKey(b); });
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Finding& a, const Finding& b) { return sortKey(a) == sortKey(b); }),
                 findings.end());
}

}  // namespace concord
