#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// transliteration/romanization: a Slavic name in the target romanized by another language's convention
/// (French ou/tch/j/ï/-e, German sch/tsch/w/j, Spanish j/accents, Polish sz/cz/w, Ukrainian г read as g)
/// instead of the target's (KMU 2010 for Ukrainian, BGN/PCGN for Russian, then the house style) — inferred
/// from the letters, the aligned source name and the gazetteer, for names in no list. See NameDriftFinder.
class TransliterationRomanizationRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
