#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// spelling/hunspell: target words the target language's Hunspell dictionary does not know, with its first
/// suggestion. Info by default — news copy is full of names Hunspell has never seen. Skipped: capitalised
/// words after the first of a sentence (names), words with digits or inner capitals (codes, acronyms), URLs,
/// e-mail addresses and handles, and words the source sentence has too (names, titles kept as they are).
class SpellingHunspellRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
