#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// untranslated/word: a target word that belongs to the source language — the source language's Hunspell
/// dictionary knows it, the target's does not — such as Spanish "subestación" or
/// French "préfecture" left in an English story. Skipped: capitalised words (names), words with digits or
/// inner capitals, words under 4 letters, loanwords both dictionaries know (coup, regime). Warning when the
/// word also occurs in the aligned source sentence (up to inflection), info otherwise; info too inside a
/// quotation that is mostly source-language words (a title or slogan kept in the original).
class UntranslatedWordRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
