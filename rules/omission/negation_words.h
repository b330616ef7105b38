#pragma once

#include <cstddef>
#include <vector>

#include "checker/model/document.h"
#include "dictionaries/hunspell_lexicon.h"
#include "dictionaries/negation_words.h"

namespace concord::rules {

/// A word that negates, and whether it negates a noun (privative: without, sans, без) rather than the verb.
struct Negation {
  TextRange range;
  bool privative = false;
};

/// The words that negate in sentences [first, first + count) of `doc` (dictionaries/negation/<lang>.txt):
/// negators and privatives, words ending in a negating suffix, and with-particle words within six words
/// after the particle (ne … plus), leaving out those inside a not-negation phrase (plus que jamais). In text
/// order. A negator right after a privative is its negative concord (sin ningún, sans aucun): not counted.
std::vector<Negation> negationsIn(const Document& doc, std::size_t first, std::size_t count,
                                  const NegationWords& words);

/// The negators of those sentences that stand inside a `bound` phrase, a limit stated with its negator ("no
/// later than", "nicht mehr als", "не более"); not those of other not-negation idioms ("no doubt"). In text
/// order.
std::vector<TextRange> negatorsInBounds(const Document& doc, std::size_t first, std::size_t count,
                                        const NegationWords& words);

/// Whether those sentences hold a word whose meaning carries a negation: a `lexical` word (unable,
/// declined), or a `lexical-prefix` before a word `spelling` knows (unclear, non-binding).
bool hasLexicalNegation(const Document& doc, std::size_t first, std::size_t count, const NegationWords& words,
                        const HunspellLexicon* spelling);

}  // namespace concord::rules
