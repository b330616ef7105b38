#include "rules/evidence/word_rendering.h"

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

// Final letters a lexicon lookup may drop for inflection (économistes → économiste, taux, baisses).
constexpr std::size_t kInflectionCut = 2;
// Shorter words are mostly function words, which every sentence renders somewhere.
constexpr std::size_t kMinContentLength = 4;

bool isNumber(const Word& word) { return !word.key.empty() && isDigit(codePointAt(word.key, 0)); }

bool foundIn(const Word& word, const aligners::TranslationList& translations,
             const std::vector<Word>& other) {
  for (const Word& t : other) {
    if (inflectionMatch(word, t)) return true;
    if (!word.romanized.empty() && romanizedMatch(word.romanized, t.key)) return true;
    for (const std::string_view translation : translations)
      if (romanizedMatch(translation, t.key)) return true;
  }
  return false;
}

}  // namespace

std::optional<WordRendering> renderingOf(const Word& word, std::size_t index,
                                         const aligners::Lexicon& lexicon, const std::vector<Word>& other) {
  const aligners::TranslationList translations =
      word.length >= kMinContentLength
          ? lexicon.inflectedTranslations(aligners::lexiconKey(word.surface), kInflectionCut)
          : aligners::TranslationList();
  const bool number = isNumber(word);
  // A capitalised word after the first is a name, which the translation keeps or romanizes.
  const bool capitalised = index > 0 && word.length >= 3 && isUpper(codePointAt(word.surface, 0));
  if (!number && translations.empty() && !capitalised) return std::nullopt;  // nothing to look for
  WordRendering rendering;
  // Names are not strong: another romanization (Lysak, Lyssak; Terekhov, Terechow) leaves them unmatched.
  rendering.strong = number;
  rendering.rendered = foundIn(word, translations, other);
  return rendering;
}

}  // namespace concord::rules
