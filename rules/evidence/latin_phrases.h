#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace concord::rules {

/// Whether keys[first, first + count) (Word keys: case-folded, accents removed) are one of the Latin
/// locutions of dictionaries/latin_phrases.txt, which every language's press prints as they are (de facto,
/// sine die, grosso modo): copied from the source, they are kept on purpose, not left untranslated.
bool isLatinPhrase(const std::vector<std::string>& keys, std::size_t first, std::size_t count);

/// The longest number of words a listed locution has (at most 4).
std::size_t longestLatinPhrase();

}  // namespace concord::rules
