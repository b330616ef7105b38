#include "rules/untranslated/lexicon_renderings.h"

#include <algorithm>
#include <optional>

#include "aligners/lexicon.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/hunspell_lexicon.h"
#include "rules/evidence/spelling_memo.h"

namespace concord::rules {

namespace {

// The letters of a word, lowercase, without spaces and hyphens of any kind ("town‐hall", "town hall").
std::string lettersOnly(std::string_view word) {
  const std::string lower = lowerCase(word);
  std::string letters;
  for (std::size_t at = 0, length = 0; at < lower.size(); at += length) {
    const char32_t cp = codePointAt(lower, at, &length);
    if (length == 0) break;
    if (isLetter(cp)) letters += encodeUtf8(cp);
  }
  return letters;
}

// Every space- or hyphen-separated part of a suggestion is a word of four letters or more. Hunspell splits a
// misspelt word into any two words it knows ("interuption" → "int eruption", "programme" → "program me"
// with en_US); a compound FreeDict closed up splits into real words ("townhall" → "town hall").
bool partsAreWords(std::string_view suggestion) {
  constexpr std::size_t kShortestPart = 4;
  const auto isShortPart = [](std::size_t letters) { return letters > 0 && letters < kShortestPart; };
  std::size_t part_letters = 0;
  for (std::size_t at = 0, length = 0; at < suggestion.size(); at += length) {
    const char32_t cp = codePointAt(suggestion, at, &length);
    if (length == 0) break;
    if (isLetter(cp)) {
      ++part_letters;
    } else {
      if (isShortPart(part_letters)) return false;
      part_letters = 0;
    }
  }
  return !isShortPart(part_letters);
}

// FreeDict closes up some compounds ("townhall", "town‐hall" with U+2010): the target dictionary's
// suggestion with the same letters ("town hall") is the word as the target writes it.
std::optional<std::string> asTargetWrites(const std::string& translation, const HunspellLexicon& target) {
  if (spells(target, translation)) return translation;
  const std::string letters = lettersOnly(translation);
  for (const std::string& asked : {translation, letters})
    for (const std::string& suggestion : suggestions(target, asked))
      if (suggestion != translation && lettersOnly(suggestion) == letters && partsAreWords(suggestion))
        return suggestion;
  return std::nullopt;
}

}  // namespace

std::vector<std::string> lexiconRenderings(const aligners::Lexicon& lexicon, std::string_view word,
                                           const HunspellLexicon& target_lexicon, std::size_t max_cut) {
  std::vector<std::string> renderings;
  const std::string key = aligners::lexiconKey(word);
  for (const std::string_view translation : lexicon.inflectedTranslations(key, max_cut)) {
    // Abbreviations ("cc" for concejal) are no rendering of a word; "cut" for coupure is.
    if (translation == key || translation.size() < 3) continue;
    if (auto written = asTargetWrites(std::string(translation), target_lexicon);
        written && std::find(renderings.begin(), renderings.end(), *written) == renderings.end())
      renderings.push_back(*written);
  }
  return renderings;
}

std::string shownRenderings(const std::vector<std::string>& renderings) {
  constexpr std::size_t kShown = 3;
  std::string shown;
  for (std::size_t i = 0; i < std::min(renderings.size(), kShown); ++i)
    shown += (i > 0 ? ", " : "") + renderings[i];
  return shown;
}

}  // namespace concord::rules
