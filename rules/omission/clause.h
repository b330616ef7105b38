#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// omission/clause: a 1-1 (or 2-1 …) link whose target is far shorter than the article's median length ratio
/// predicts (robust z-score over the 1-1 links), reported on the source side.
class OmissionClauseRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
