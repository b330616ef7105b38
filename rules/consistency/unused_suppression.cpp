#include "rules/consistency/unused_suppression.h"

#include <algorithm>

#include "rules/registry.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "consistency/unused-suppression",
    "An inline concord-disable comment that hides nothing, or names no rule Concord has",
    "A suppression outlives the finding it was written for, and a misspelt rule id hides nothing: either way "
    "the article's comments no longer say what the desk decided. Remove the comment or correct the id.",
    Severity::info};

bool isKnownEntry(const std::string& entry) {
  const auto& rules = builtinRules();
  return std::any_of(rules.begin(), rules.end(),
                     [&](const auto& rule) { return ruleEntryCovers(entry, rule->info().id); });
}

void reportAt(Side side, const SuppressionDirective& directive, std::string message, RuleContext& context) {
  Finding finding;
  finding.primary = side;
  (side == Side::target ? finding.target : finding.source) = directive.comment;
  finding.message = std::move(message);
  context.report(std::move(finding));
}

std::string written(const SuppressionDirective& directive) {
  std::string text = directive.name;
  for (std::size_t i = 0; i < directive.rules.size(); ++i)
    text.append(i == 0 ? " " : ", ").append(directive.rules[i]);
  return text;
}

}  // namespace

const RuleInfo& ConsistencyUnusedSuppressionRule::info() const { return kInfo; }

bool namesKnownRules(const SuppressionDirective& directive) {
  return std::all_of(directive.rules.begin(), directive.rules.end(), isKnownEntry);
}

void ConsistencyUnusedSuppressionRule::check(const AlignedPair& pair, RuleContext& context) const {
  for (const Side side : {Side::source, Side::target}) {
    if (side == Side::source && sharesDirectives(pair.source, pair.target)) continue;  // read as the target's
    const Suppressions suppressions = readSuppressions(side == Side::target ? pair.target : pair.source);
    for (const SuppressionDirective& directive : suppressions.directives) {
      if (directive.kind == SuppressionDirective::Kind::unknown) {
        reportAt(side, directive,
                 "“" + directive.name +
                     "” is no Concord directive (concord-disable-next-line, concord-disable-line, "
                     "concord-disable, concord-enable)",
                 context);
        continue;
      }
      for (const std::string& entry : directive.rules) {
        if (isKnownEntry(entry)) continue;
        reportAt(
            side, directive,
            "“" + entry + "” in " + directive.name + " is no rule or category (concord rules lists them)",
            context);
      }
    }
  }
}

void ConsistencyUnusedSuppressionRule::reportUnused(const std::vector<UnusedDirective>& unused,
                                                    RuleContext& context) const {
  for (const UnusedDirective& place : unused) {
    const bool enable = place.directive.kind == SuppressionDirective::Kind::enable;
    reportAt(place.side, place.directive,
             "“" + written(place.directive) + "” " +
                 (enable ? "ends no concord-disable" : "hides no finding") + "; remove it",
             context);
  }
}

}  // namespace concord::rules
