#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace concord {

/// The positions a romanization pattern may be tied to, as the data files write them, for error messages:
/// "any, initial, final, medial, between-vowels, after-consonant, word".
extern const std::string_view kLetterPositions;

/// True when `where` is one of kLetterPositions.
bool isLetterPosition(std::string_view where);

/// True when the letters [begin, end) of the lower-case name `lower` stand where `where` says: at the start
/// of a word (initial), at its end (final), inside it (medial), between two vowels, after a consonant, as a
/// whole word (word: "ben" in "oussama ben laden"), or anywhere. Words are separated by spaces and hyphens.
bool standsAt(const std::string& lower, std::size_t begin, std::size_t end, std::string_view where);

}  // namespace concord
