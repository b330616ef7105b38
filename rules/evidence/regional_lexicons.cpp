#include "rules/evidence/regional_lexicons.h"

#include <algorithm>
#include <map>
#include <vector>

#include "dictionaries/dictionary_set.h"
#include "rules/evidence/spelling_memo.h"
#include "rules/rule.h"

namespace concord::rules {

bool knownInLanguage(const DictionarySet& dictionaries, const std::string& language,
                     const HunspellLexicon& lexicon, std::string_view word) {
  if (spells(lexicon, word) || dictionaries.newsWords(language).contains(word) ||
      dictionaries.currencyUnits().contains(word))
    return true;
  static const std::map<std::string, std::vector<std::string>, std::less<>> kRegional = {
      {"en", {"en-GB", "en-US"}},
      {"es", {"es-ES", "es-MX"}},
      {"fr", {"fr-FR"}},
      {"de", {"de-DE", "de-CH", "de-AT"}},
      {"pt", {"pt-PT", "pt-BR"}}};
  const auto it = kRegional.find(language);
  if (it == kRegional.end()) return false;
  for (const std::string& tag : it->second) {
    const HunspellLexicon* regional = dictionaries.hunspell(tag);
    if (regional && regional != &lexicon && spells(*regional, word)) return true;
  }
  return false;
}

bool listedByNewsroom(const RuleContext& context, std::string_view word) {
  const auto& paths = context.settings().extra_dictionaries;
  return std::any_of(paths.begin(), paths.end(), [&](const std::string& path) {
    return context.dictionaries().wordList(path).contains(word);
  });
}

}  // namespace concord::rules
