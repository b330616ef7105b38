#pragma once

#include <vector>

#include "checker/reading/suppressions.h"
#include "rules/rule.h"

namespace concord::rules {

/// consistency/unused-suppression: an inline `<!-- concord-… -->` directive of a Markdown article that does
/// nothing, so the article and its directives disagree: check() reports a `concord-` word that is no
/// directive and a RULE that is no rule id or category (a typo lets the finding through); reportUnused()
/// reports directives that hid no finding, once the pipeline has filtered the other rules' findings.
class ConsistencyUnusedSuppressionRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
  /// Reports each of `unused` (from the pipeline: directives that hid nothing although every rule they
  /// name ran) at the directive's comment.
  void reportUnused(const std::vector<UnusedDirective>& unused, RuleContext& context) const;
};

/// Whether every RULE entry of `directive` names a built-in rule or category.
bool namesKnownRules(const SuppressionDirective& directive);

}  // namespace concord::rules
