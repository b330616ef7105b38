#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// untranslated/word: a target word that belongs to the source language — the source language's Hunspell
/// dictionary knows it, the target's does not — such as Spanish "subestación" or
/// French "préfecture" left in an English story. Skipped: capitalised words (names), words with digits or
/// inner capitals, words under 4 letters, loanwords both dictionaries know (coup, regime). Warning when the
/// word also occurs in the aligned source sentence (up to inflection), info otherwise; info too inside a
/// quotation that is mostly source-language words (a title or slogan kept in the original), silent when the
/// source quotes the same words. Words standing together are one finding per run (rules/untranslated/
/// word_runs.h), with the source's function words and the source words the target also spells inside it; a
/// run right after a capitalised source word (Assemblée nationale) is a name; a sentence copied whole is left
/// to untranslated/sentence.
class UntranslatedWordRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
