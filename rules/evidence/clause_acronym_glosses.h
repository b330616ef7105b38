#pragma once

#include <cstddef>
#include <vector>

#include "rules/evidence/term_match.h"

namespace concord::rules {

/// The letters (code points) of the acronyms `other` writes (ДВО, РАН, ANNP) that `own` does not keep: a
/// translator may spell such an acronym out for a foreign reader ("ДВО РАН" → "the Far East branch of the
/// Russian Academy of Sciences") instead of copying letters that mean nothing in the target. Across scripts
/// the letters cannot be compared, so only their number bounds the names that may spell them out.
std::size_t lettersOfAcronymsNotKept(const std::vector<Word>& other, const std::vector<Word>& own);

/// For each of `words` (one sentence, in order), the index of the multi-word name it belongs to, or
/// kNoName: a run of two or more capitalised words, after the sentence's first word, joined only by short
/// lower-case words (of, the, de, für). Only capitalised words carry an index.
inline constexpr std::size_t kNoName = static_cast<std::size_t>(-1);
std::vector<std::size_t> multiWordNames(const std::vector<Word>& words);

}  // namespace concord::rules
