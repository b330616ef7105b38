#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "aligners/lexicon.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {

/// What a translation could show of one word, and whether the other side shows it.
struct WordRendering {
  bool strong = false;    ///< a figure: kept by any translation, in its own or the other language's format
  bool rendered = false;  ///< found among the other side's words
};

/// Whether `word` (the `index`-th word of its sentence) is one a translation would show — a figure, a word of
/// four or more letters that `lexicon` translates, a capitalised word after the first (a name) — and if so
/// whether `other` has it: the same word up to inflection (names, cognates), its romanization across scripts,
/// a lexicon translation up to inflection, the same digits. nullopt for a word there is nothing to look for
/// (a function word, a word the lexicon does not know).
std::optional<WordRendering> renderingOf(const Word& word, std::size_t index,
                                         const aligners::Lexicon& lexicon, const std::vector<Word>& other);

}  // namespace concord::rules
