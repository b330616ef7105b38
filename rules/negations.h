#pragma once

#include <cstddef>
#include <vector>

#include "checker/document.h"
#include "dictionaries/hunspell_lexicon.h"
#include "dictionaries/negation_words.h"

namespace concord::rules {

/// The words that negate in sentences [first, first + count) of `doc` (dictionaries/negation/<lang>.txt):
/// negators, words ending in a negating suffix, and with-particle words within six words after the
/// particle (ne … plus), leaving out those inside a not-negation phrase (plus que jamais). In text order.
std::vector<TextRange> negationsIn(const Document& doc, std::size_t first, std::size_t count,
                                   const NegationWords& words);

/// Whether those sentences hold a word whose meaning carries a negation: a `lexical` word (unable,
/// declined), or a `lexical-prefix` before a word `spelling` knows (unclear, non-binding).
bool hasLexicalNegation(const Document& doc, std::size_t first, std::size_t count, const NegationWords& words,
                        const HunspellLexicon* spelling);

}  // namespace concord::rules
