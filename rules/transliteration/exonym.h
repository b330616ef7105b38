#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// transliteration/exonym: a place written in another language's form where the target language has its own
/// (Alep or Mossul in English copy, Algiers in German copy, Kolkata in French copy, Pekín left by a Spanish
/// engine), by the world's place and country names Debian ships (GeoNames, iso-codes); the house style's form
/// is the suggestion. See ForeignPlaceNameFinder.
class TransliterationExonymRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
