#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// addition/sentence: a target sentence the aligner links to nothing in the source (a 0-1 link). Wire
/// boilerplate and the rule option `ignore` are exempt.
class AdditionSentenceRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
