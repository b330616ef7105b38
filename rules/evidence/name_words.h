#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/document.h"
#include "dictionaries/style_profile.h"

namespace concord {
class HunspellLexicon;
}

namespace concord::rules {

/// A word of a sentence as a name candidate, with a possessive ending ('s, ’s) left out of its range.
struct NameWord {
  TextRange range;
  std::string text;
  bool capitalised = false;       ///< starts with an upper-case letter
  bool sentence_initial = false;  ///< the first word of its sentence
};

/// The word tokens of sentence `sentence` of `doc` (numbers left out).
std::vector<NameWord> nameWords(const Document& doc, std::size_t sentence);

/// `words` (of one sentence of `doc`) with each capitalised word joined to the lower-case parts that follow
/// it after a hyphen and that `lexicon` does not know as ordinary words: the Korean given name "Jae-myung" is
/// one word (its "myung" is no name of its own); "Kiev-based" stays two.
std::vector<NameWord> withHyphenatedParts(const Document& doc, std::vector<NameWord> words,
                                          const HunspellLexicon* lexicon);

/// True when `after` follows `before` with one plain space between them: the two words of one name run.
bool spacedPair(const Document& doc, const NameWord& before, const NameWord& after);

/// The capitalised words of the sentences that overlap `range` (a source range from the alignment).
std::vector<NameWord> capitalisedWordsIn(const Document& doc, TextRange range);

/// The lower-case spellings of the words `doc` writes only in lower case in the sentences that overlap
/// `range` (a source range from the alignment): ordinary words there, whatever capital a translation gives
/// them (a German noun, "Tech-Hub" for "tech hub").
std::set<std::string> lowerCaseOnlyWordsIn(const Document& doc, TextRange range);

/// True for languages whose nouns all start with a capital (primary subtag de or lb): there a capitalised
/// word is as likely a noun as a name.
bool capitalisesNouns(const std::string& language);

/// True when `word` is an ordinary word of the lexicon's language: Hunspell accepts its lower-case form.
/// Names Hunspell knows (Louis, Toulouse, Kiev) are not ordinary words; see isKnownWord.
bool isOrdinaryWord(const HunspellLexicon* lexicon, std::string_view word);
/// True when Hunspell accepts `word` as written (an ordinary word or a name it knows).
bool isKnownWord(const HunspellLexicon* lexicon, std::string_view word);

/// A house-style spelling found in a sentence.
struct StyleMatch {
  TextRange range;
  const HouseStyle::Form* form;
};

/// The replaced variants of `style` in sentence `sentence`, whole words only (a possessive may follow),
/// exactly as listed or in all capitals. A variant inside a longer preferred or allow-listed form of the
/// profile ("chicken Kiev", "Kievan Rus" when the profile lists them) is not reported.
std::vector<StyleMatch> findStyleVariants(const HouseStyle& style, const Document& doc, std::size_t sentence);

/// The sentence of `doc` that contains byte `offset`.
std::size_t sentenceAt(const Document& doc, std::size_t offset);

}  // namespace concord::rules
