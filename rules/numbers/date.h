#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// numbers/date: a weekday or month of the translation that its aligned source sentence does not name,
/// where the source names another ("mardi" → "Thursday", "12 juillet" → "June 12"). Names come from ICU's
/// date symbols for each language; months count only next to a number.
class NumbersDateRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
