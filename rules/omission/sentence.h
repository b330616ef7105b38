#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// omission/sentence: a source sentence the aligner links to nothing in the target (a 1-0 link), reported on
/// the source side. Wire boilerplate ("À lire aussi:", bylines) and the rule option `ignore` are exempt.
class OmissionSentenceRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
