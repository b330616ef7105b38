#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "dictionaries/currency_units.h"
#include "dictionaries/gazetteer.h"
#include "dictionaries/glossary.h"
#include "dictionaries/hunspell_lexicon.h"
#include "dictionaries/name_conventions.h"
#include "dictionaries/negation_words.h"
#include "dictionaries/romanization.h"
#include "dictionaries/style_profile.h"
#include "dictionaries/word_data.h"
#include "dictionaries/word_list.h"
#include "dictionaries/world_names.h"

namespace concord {

/// Every dictionary a run reads: Hunspell lexicons, house styles, the gazetteer and the romanization tables.
/// Each is loaded on first use only (a run without the transliteration rules reads none of the name data),
/// then shared read-only by all rules and articles. Loading errors are UserError naming file:line.
class DictionarySet {
 public:
  DictionarySet() = default;
  DictionarySet(const DictionarySet&) = delete;
  DictionarySet& operator=(const DictionarySet&) = delete;

  /// The Hunspell lexicon for `lang`, loaded on first use and shared by the whole process
  /// (HunspellLexicon::shared); nullptr when none is installed.
  const HunspellLexicon* hunspell(const std::string& lang) const;
  /// dictionaries/function_words/<primary language>.txt, loaded on first use; empty when there is none.
  /// Throws UserError naming the file and line when it is malformed.
  const FunctionWords& functionWords(const std::string& lang) const;
  /// dictionaries/numbers/<primary language>.txt, loaded on first use; empty when there is none.
  const NumberWordData& numberWords(const std::string& lang) const;
  /// dictionaries/negation/<primary language>.txt, loaded on first use; empty when there is none.
  const NegationWords& negationWords(const std::string& lang) const;
  /// The glossary dictionaries/glossaries/<source>-<target>.tsv (primary language subtags), loaded on first
  /// use; nullptr when there is none for the pair. A bad line throws UserError.
  const Glossary* glossary(const std::string& source_language, const std::string& target_language) const;

  /// A newsroom's glossary or word list (concord.toml [dictionaries]), read once per path; a bad line throws
  /// UserError naming file:line.
  const Glossary& userGlossary(const std::string& path) const;
  const WordList& wordList(const std::string& path) const;
  /// dictionaries/news_words/<primary language>.txt: words of the news that Hunspell's dictionaries lack
  /// (hryvnias, oblast), in WordList format; empty when there is none.
  const WordList& newsWords(const std::string& lang) const;
  /// dictionaries/clause_openers/<primary language>.txt: the words a sentence's clauses and droppable
  /// phrases start with (which, que, während), in WordList format; empty when there is none.
  const WordList& clauseOpeners(const std::string& lang) const;
  /// The world's currency unit words (iso-codes' ISO 4217 table; CONCORD_ISO_CODES_DIR overrides
  /// /usr/share/iso-codes/json): kept as they are in every language.
  const CurrencyUnits& currencyUnits() const;

  /// The house style `style` (a built-in name or a path to a user's file) with its @extends merged.
  /// An empty `style` means "not chosen": the default for `target_lang` (en → ap, es → fundeu …);
  /// nullptr when there is no profile for that language.
  const HouseStyle* houseStyle(const std::string& style, const std::string& target_lang) const;

  /// dictionaries/gazetteer/*.tsv.
  const Gazetteer& gazetteer() const;

  /// dictionaries/romanization/ (KMU 2010 rules, conventions, Slavic markers).
  const Romanization& romanization() const;

  /// dictionaries/romanization/name_conventions.tsv: how source languages write the world's names.
  const NameConventions& nameConventions() const;

  /// The world's place and country names in the languages Concord reads, from Debian's GeoNames and
  /// iso-codes catalogues under /usr/share/locale ($CONCORD_LOCALE_DIR overrides it); empty when neither
  /// package is installed.
  const WorldNames& worldNames() const;

 private:
  mutable std::mutex word_data_mutex_;
  mutable std::map<std::string, std::unique_ptr<FunctionWords>> function_words_;
  mutable std::map<std::string, std::unique_ptr<NumberWordData>> number_words_;
  mutable std::map<std::string, std::unique_ptr<NegationWords>> negation_words_;
  mutable std::mutex glossary_mutex_;
  mutable std::map<std::string, std::unique_ptr<Glossary>> glossaries_;
  mutable std::map<std::string, std::unique_ptr<Glossary>> user_glossaries_;
  mutable std::map<std::string, std::unique_ptr<WordList>> word_lists_;
  mutable std::map<std::string, std::unique_ptr<WordList>> news_words_;
  mutable std::map<std::string, std::unique_ptr<WordList>> clause_openers_;
  mutable std::mutex data_mutex_;
  mutable std::map<std::string, std::unique_ptr<HouseStyle>> styles_;
  mutable std::unique_ptr<Gazetteer> gazetteer_;
  mutable std::unique_ptr<Romanization> romanization_;
  mutable std::unique_ptr<NameConventions> name_conventions_;
  mutable std::unique_ptr<WorldNames> world_names_;
  mutable std::unique_ptr<CurrencyUnits> currency_units_;
};

/// The profile name a run uses: `style` when given, else defaultStyleFor(target_lang) ("" when none).
std::string resolveStyleName(const std::string& style, const std::string& target_lang);

}  // namespace concord
