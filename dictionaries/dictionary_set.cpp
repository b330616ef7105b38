#include "dictionaries/dictionary_set.h"

namespace concord {

const HunspellLexicon* DictionarySet::hunspell(const std::string& lang) const {
  std::lock_guard lock(hunspell_mutex_);
  auto it = hunspell_.find(lang);
  if (it == hunspell_.end()) it = hunspell_.emplace(lang, HunspellLexicon::load(lang)).first;
  return it->second.get();
}

}  // namespace concord
