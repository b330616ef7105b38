#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {
class HunspellLexicon;
}

namespace concord::rules {

/// True when the capitalised German noun `word` is two nouns of `lexicon` written together, the first
/// perhaps with its linking element (-s-, -es-, -n-, -en-, -e-): Sandsack|füllstation,
/// Haushalts|ausschuss. Hunspell's compounding rules accept only the compounds their flags allow, and
/// refuse many a compound an article coins (Sandsackfüllstation: Sandsack may not start a compound there),
/// so a noun made of two words the dictionary knows is a word of the language even when Hunspell refuses
/// it whole. Each part has at least four letters, so that no word splits by chance into a syllable and a
/// noun.
bool splitsIntoNouns(const HunspellLexicon& lexicon, std::string_view word);

/// The possible last nouns of the capitalised German compound `word`, capitalised, longest first: each tail
/// of three letters or more, after a first part of three or more, that `lexicon` spells (Hochalm|spitze →
/// "Almspitze", "Spitze"; Königs|see → "See").
std::vector<std::string> compoundHeads(const HunspellLexicon& lexicon, std::string_view word);

}  // namespace concord::rules
