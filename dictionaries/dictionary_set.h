#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "dictionaries/hunspell_lexicon.h"

namespace concord {

/// Every dictionary a run reads: Hunspell lexicons (loaded lazily, only for the languages in play), and the
/// data under dictionaries/ (house styles, gazetteers, glossaries). Built once per run, shared read-only by
/// all rules and articles.
class DictionarySet {
 public:
  DictionarySet() = default;
  DictionarySet(const DictionarySet&) = delete;
  DictionarySet& operator=(const DictionarySet&) = delete;

  /// The Hunspell lexicon for `lang`, loaded on first use; nullptr when none is installed.
  const HunspellLexicon* hunspell(const std::string& lang) const;

 private:
  mutable std::mutex hunspell_mutex_;
  mutable std::map<std::string, std::unique_ptr<HunspellLexicon>> hunspell_;
};

}  // namespace concord
