#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "dictionaries/word_list.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {

/// The clause each word of one sentence belongs to (0, 1, 2 … in text order). A clause ends at a comma,
/// semicolon, colon, dash, bracket or quotation mark between two words, and a new one starts at a word of
/// `openers` (dictionaries/clause_openers/<lang>.txt: which, que, während …) that is not the sentence's
/// first. The pieces are what a translation drops whole: a relative clause, a coordinated clause, a "since
/// 2018" phrase. `text` is the document text the words' ranges point into.
std::vector<std::size_t> clauseOfEachWord(std::string_view text, const std::vector<Word>& words,
                                          const WordList& openers);

}  // namespace concord::rules
