#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// untranslated/sentence: a target sentence whose words are the same as its aligned source sentence's (after
/// NFC, case folding and accent removal; at most one word different in a long sentence) — copy the machine
/// passed through untranslated. Needs at least 3 words; boilerplate, names-only lines and same-language
/// pairs are skipped.
class UntranslatedSentenceRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
