#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// transliteration/house-style: a spelling the house-style profile (--style, or the default for the target
/// language: ap for English, fundeu for Spanish) replaces — Kiev, Odessa, Zelensky under AP — reported with
/// the profile's preferred form. Whole words, as listed or in capitals, possessives included; a variant
/// inside a longer form the profile lists as correct ("chicken Kiev") is left alone.
class TransliterationHouseStyleRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
