#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// consistency/name-variants: one entity spelled two ways in the same target (Kyiv and Kiev, Zelensky and
/// Zelenskyy, Shmyhal and Chmyhal). Names are clustered with clusterSpellings() (a romanization-insensitive
/// key); the spelling the house style prefers, else the gazetteer's English form, else the most frequent one
/// is the reference, and every other spelling is reported with a note at the reference's first use. Spellings
/// the transliteration rules already report are left to them.
class ConsistencyNameVariantsRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
