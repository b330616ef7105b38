#include "rules/evidence/unrendered_words.h"

#include <vector>

#include "aligners/lexicon.h"
#include "checker/model/unicode_text.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

// Final letters a lexicon lookup may drop for inflection (économistes → économiste, taux, baisses).
constexpr std::size_t kInflectionCut = 2;
// Shorter words are mostly function words, which every sentence renders somewhere.
constexpr std::size_t kMinContentLength = 4;

bool isNumber(const Word& word) { return !word.key.empty() && isDigit(codePointAt(word.key, 0)); }

// Whether the translation has `word`: the same word up to inflection (names, cognates such as
// inflation/inflation), its romanization (Харкова, Kharkiv), a lexicon translation up to inflection
// (juin → June, économistes → economists), or the same digits.
bool rendered(const Word& word, const aligners::TranslationList& translations,
              const std::vector<Word>& target) {
  for (const Word& t : target) {
    if (inflectionMatch(word, t)) return true;
    if (!word.romanized.empty() && romanizedMatch(word.romanized, t.key)) return true;
    for (const std::string_view translation : translations)
      if (romanizedMatch(translation, t.key)) return true;
  }
  return false;
}

}  // namespace

std::optional<UnrenderedRun> longestUnrenderedRun(const AlignedPair& pair, const Link& link,
                                                  std::size_t min_words) {
  if (link.source_count == 0 || link.target_count == 0) return std::nullopt;
  const aligners::Lexicon& lexicon = aligners::lexiconFor(pair.source.language(), pair.target.language());
  const std::vector<Word> target = wordsOf(pair.target, link.target_begin, link.target_count);

  UnrenderedRun best, current;
  std::size_t checkable = 0, found = 0;
  for (std::size_t s = link.source_begin; s < link.source_end(); ++s) {
    const std::vector<Word> words = wordsOf(pair.source, s, 1);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& word = words[i];
      const aligners::TranslationList translations =
          word.length >= kMinContentLength
              ? lexicon.inflectedTranslations(aligners::lexiconKey(word.surface), kInflectionCut)
              : aligners::TranslationList();
      // A capitalised word after the first is a name, which the translation keeps or romanizes.
      const bool name = i > 0 && word.length >= 3 && isUpper(codePointAt(word.surface, 0));
      if (!isNumber(word) && translations.empty() && !name) continue;  // nothing to look for
      ++checkable;
      if (rendered(word, translations, target)) {
        ++found;
        current = {};
        continue;
      }
      if (current.unrendered == 0) current.range.begin = word.range.begin;
      current.range.end = word.range.end;
      if (++current.unrendered > best.unrendered) best = current;
    }
  }
  if (best.unrendered < min_words) return std::nullopt;
  best.checkable = checkable;
  best.rendered = found;
  return best;
}

}  // namespace concord::rules
