#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "dictionaries/glossary.h"
#include "dictionaries/hunspell_lexicon.h"
#include "dictionaries/word_data.h"

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
  /// dictionaries/function_words/<primary language>.txt, loaded on first use; empty when there is none.
  /// Throws UserError naming the file and line when it is malformed.
  const FunctionWords& functionWords(const std::string& lang) const;
  /// dictionaries/numbers/<primary language>.txt, loaded on first use; empty when there is none.
  const NumberWordData& numberWords(const std::string& lang) const;
  /// The glossary dictionaries/glossaries/<source>-<target>.tsv (primary language subtags), loaded on first
  /// use; nullptr when there is none for the pair. A bad line throws UserError.
  const Glossary* glossary(const std::string& source_language, const std::string& target_language) const;

 private:
  mutable std::mutex hunspell_mutex_;
  mutable std::map<std::string, std::unique_ptr<HunspellLexicon>> hunspell_;
  mutable std::mutex word_data_mutex_;
  mutable std::map<std::string, std::unique_ptr<FunctionWords>> function_words_;
  mutable std::map<std::string, std::unique_ptr<NumberWordData>> number_words_;
  mutable std::mutex glossary_mutex_;
  mutable std::map<std::string, std::unique_ptr<Glossary>> glossaries_;
};

}  // namespace concord
