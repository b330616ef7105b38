#include "rules/lexicon_renderings.h"

#include <algorithm>

#include "aligners/lexicon.h"
#include "dictionaries/hunspell_lexicon.h"

namespace concord::rules {

std::vector<std::string> lexiconRenderings(const aligners::Lexicon& lexicon, std::string_view word,
                                           const HunspellLexicon& target_lexicon, std::size_t max_cut) {
  std::vector<std::string> renderings;
  const std::string key = aligners::lexiconKey(word);
  for (const std::string& translation : lexicon.inflectedTranslations(key, max_cut))
    // Abbreviations ("cc" for concejal) are no rendering of a word.
    if (translation != key && translation.size() >= 4 && target_lexicon.spell(translation))
      renderings.push_back(translation);
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
