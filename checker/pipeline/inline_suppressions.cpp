#include "checker/pipeline/inline_suppressions.h"

#include <algorithm>

#include "rules/consistency/unused_suppression.h"

namespace concord {
namespace {

constexpr std::string_view kUnusedSuppressionRule = "consistency/unused-suppression";

// A directive for a rule that did not run cannot be told unused.
bool namesOnlyRulesThatRan(const SuppressionDirective& directive, const std::vector<std::string>& ran) {
  return std::all_of(directive.rules.begin(), directive.rules.end(), [&](const std::string& entry) {
    return std::any_of(ran.begin(), ran.end(),
                       [&](const std::string& id) { return ruleEntryCovers(entry, id); });
  });
}

void collectUnused(Side side, const Suppressions& suppressions, const std::vector<bool>& used,
                   const std::vector<std::string>& ran, std::vector<UnusedDirective>& out) {
  for (std::size_t d = 0; d < suppressions.directives.size(); ++d) {
    const SuppressionDirective& directive = suppressions.directives[d];
    if (directive.kind == SuppressionDirective::Kind::unknown || !rules::namesKnownRules(directive)) continue;
    const bool did_something = directive.kind == SuppressionDirective::Kind::enable
                                   ? suppressions.enable_closed_something[d]
                                   : used[d];
    if (!did_something && namesOnlyRulesThatRan(directive, ran)) out.push_back({side, directive});
  }
}

}  // namespace

std::vector<UnusedDirective> applyInlineSuppressions(const Document& source, const Document& target,
                                                     std::vector<Finding>& findings,
                                                     const std::vector<std::string>& ran) {
  // A bilingual file is both sides: its directives are read once and hide findings on either side.
  const bool shared = sharesDirectives(source, target);
  const Suppressions of_source = shared ? Suppressions{} : readSuppressions(source);
  const Suppressions of_target = readSuppressions(target);
  std::vector<bool> used_source(of_source.directives.size(), false);
  std::vector<bool> used_target(of_target.directives.size(), false);
  std::erase_if(findings, [&](const Finding& finding) {
    if (finding.rule_id == kUnusedSuppressionRule) return false;
    const bool on_target = finding.primary == Side::target;
    if (on_target ? !finding.target : !finding.source) return false;
    const bool target_directives = on_target || shared;
    const Suppressions& suppressions = target_directives ? of_target : of_source;
    const SuppressedRegion* region = suppressions.hiding(finding.rule_id, finding.primaryRange().begin);
    if (region == nullptr) return false;
    (target_directives ? used_target : used_source)[region->directive] = true;
    return true;
  });
  std::vector<UnusedDirective> unused;
  collectUnused(Side::source, of_source, used_source, ran, unused);
  collectUnused(Side::target, of_target, used_target, ran, unused);
  return unused;
}

}  // namespace concord
