#pragma once

#include <string>
#include <string_view>

namespace concord::rules {

/// Whether `phrase` (words separated by single spaces, any case) is a headword of one of the installed
/// FreeDict dictionaries that translate from `lang` (freedict-<iso 639-3>-*.index under dictdDirectory()): a
/// phrase that language lexicalises, "sin embargo" in Spanish, "par excellence" and "en route" in English.
/// The bilingual lexicon keeps single words only; this is its phrase side. Read once per language.
bool lexicalisedPhrase(const std::string& lang, std::string_view phrase);

}  // namespace concord::rules
