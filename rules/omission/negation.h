#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// omission/negation: a source sentence that negates (dictionaries/negation/<lang>.txt: pas, jamais, sans,
/// nicht, no, не …) aligned to a translation with no negation at all — neither a negator (not, never,
/// without, n't) nor a word whose meaning carries one (unable, declined, unclear). Machine translation
/// sometimes drops the negation and the sentence says the opposite. Reported on the source's negating word.
class OmissionNegationRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
