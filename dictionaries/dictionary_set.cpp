#include "dictionaries/dictionary_set.h"

#include <cstdlib>
#include <filesystem>

#include "checker/model/data_dir.h"
#include "checker/reading/text_file.h"

namespace concord {

const HunspellLexicon* DictionarySet::hunspell(const std::string& lang) const {
  return HunspellLexicon::shared(lang);
}

namespace {

// Loads dictionaries/<folder>/<primary language>.txt with `load(path)`, once per language; a missing file
// gives an empty table (the rules that need it then stay silent).
template <typename T, typename Load>
const T& loadPerLanguage(std::mutex& mutex, std::map<std::string, std::unique_ptr<T>>& cache,
                         const std::string& folder, const std::string& lang, Load&& load) {
  const std::string primary = lang.substr(0, lang.find_first_of("-_"));
  std::lock_guard lock(mutex);
  auto it = cache.find(primary);
  if (it == cache.end()) {
    const std::string path = dataPath("dictionaries/" + folder + "/" + primary + ".txt");
    auto value = std::make_unique<T>();
    if (std::filesystem::exists(path)) *value = load(path);
    it = cache.emplace(primary, std::move(value)).first;
  }
  return *it->second;
}

// The same for tables whose T::parse reads the file's text.
template <typename T>
const T& loadPerLanguage(std::mutex& mutex, std::map<std::string, std::unique_ptr<T>>& cache,
                         const std::string& folder, const std::string& lang) {
  return loadPerLanguage(mutex, cache, folder, lang,
                         [](const std::string& path) { return T::parse(readDataFile(path), path); });
}

}  // namespace

const FunctionWords& DictionarySet::functionWords(const std::string& lang) const {
  return loadPerLanguage(word_data_mutex_, function_words_, "function_words", lang);
}

const NumberWordData& DictionarySet::numberWords(const std::string& lang) const {
  return loadPerLanguage(word_data_mutex_, number_words_, "numbers", lang);
}

const NegationWords& DictionarySet::negationWords(const std::string& lang) const {
  return loadPerLanguage(word_data_mutex_, negation_words_, "negation", lang);
}

const Glossary* DictionarySet::glossary(const std::string& source_language,
                                        const std::string& target_language) const {
  const std::string key = source_language + "-" + target_language;
  std::lock_guard lock(glossary_mutex_);
  auto it = glossaries_.find(key);
  if (it == glossaries_.end()) {
    const std::string path = dataPath("dictionaries/glossaries/" + key + ".tsv");
    std::unique_ptr<Glossary> loaded;
    if (std::filesystem::exists(path)) loaded = std::make_unique<Glossary>(Glossary::load(path));
    it = glossaries_.emplace(key, std::move(loaded)).first;
  }
  return it->second.get();
}

const Glossary& DictionarySet::userGlossary(const std::string& path) const {
  std::lock_guard lock(glossary_mutex_);
  auto it = user_glossaries_.find(path);
  if (it == user_glossaries_.end())
    it = user_glossaries_.emplace(path, std::make_unique<Glossary>(Glossary::load(path))).first;
  return *it->second;
}

const WordList& DictionarySet::wordList(const std::string& path) const {
  std::lock_guard lock(word_data_mutex_);
  auto it = word_lists_.find(path);
  if (it == word_lists_.end())
    it = word_lists_.emplace(path, std::make_unique<WordList>(WordList::load(path))).first;
  return *it->second;
}

const WordList& DictionarySet::newsWords(const std::string& lang) const {
  return loadPerLanguage(word_data_mutex_, news_words_, "news_words", lang, &WordList::load);
}

const WordList& DictionarySet::clauseOpeners(const std::string& lang) const {
  return loadPerLanguage(word_data_mutex_, clause_openers_, "clause_openers", lang, &WordList::load);
}

std::string resolveStyleName(const std::string& style, const std::string& target_lang) {
  return style.empty() ? defaultStyleFor(target_lang) : style;
}

const HouseStyle* DictionarySet::houseStyle(const std::string& style, const std::string& target_lang) const {
  const std::string name = resolveStyleName(style, target_lang);
  if (name.empty()) return nullptr;
  std::lock_guard lock(data_mutex_);
  auto it = styles_.find(name);
  if (it == styles_.end()) it = styles_.emplace(name, std::make_unique<HouseStyle>(loadStyle(name))).first;
  return it->second.get();
}

const Gazetteer& DictionarySet::gazetteer() const {
  std::lock_guard lock(data_mutex_);
  if (!gazetteer_)
    gazetteer_ = std::make_unique<Gazetteer>(Gazetteer::load(dataPath("dictionaries/gazetteer")));
  return *gazetteer_;
}

const WorldNames& DictionarySet::worldNames() const {
  std::lock_guard lock(data_mutex_);
  if (!world_names_) {
    const char* locale_dir = std::getenv("CONCORD_LOCALE_DIR");
    world_names_ = std::make_unique<WorldNames>(
        WorldNames::load(locale_dir != nullptr && *locale_dir != '\0' ? locale_dir : "/usr/share/locale"));
    // The desks' own forms of places the catalogues lack (Fundéu's Yeda for Jeddah): what a translation
    // copies from a source in that language.
    if (!world_names_->empty()) {
      for (const auto& [name, language] : builtinStyleLanguages())
        world_names_->addPressForms(loadStyle(name));
    }
  }
  return *world_names_;
}

const CurrencyUnits& DictionarySet::currencyUnits() const {
  std::lock_guard lock(data_mutex_);
  if (!currency_units_) {
    const char* dir = std::getenv("CONCORD_ISO_CODES_DIR");
    const std::string folder = dir != nullptr && *dir != '\0' ? dir : "/usr/share/iso-codes/json";
    currency_units_ = std::make_unique<CurrencyUnits>(CurrencyUnits::load(folder + "/iso_4217.json"));
  }
  return *currency_units_;
}

const Romanization& DictionarySet::romanization() const {
  std::lock_guard lock(data_mutex_);
  if (!romanization_) romanization_ = Romanization::load(dataPath("dictionaries/romanization"));
  return *romanization_;
}

const NameConventions& DictionarySet::nameConventions() const {
  std::lock_guard lock(data_mutex_);
  if (!name_conventions_)
    name_conventions_ = std::make_unique<NameConventions>(
        NameConventions::load(dataPath("dictionaries/romanization/name_conventions.tsv")));
  return *name_conventions_;
}

}  // namespace concord
