#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// addition/clause: a link whose target is far longer than the article's median length ratio predicts (robust
/// z-score over the 1-1 links).
class AdditionClauseRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
