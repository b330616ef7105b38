#include "dictionaries/hunspell_lexicon.h"

#include <filesystem>

#include <hunspell/hunspell.hxx>

#include "checker/model/load_once.h"

namespace concord {
namespace {

const char* const kSearchPath[] = {"/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts"};

std::vector<std::string> candidateNames(const std::string& lang) {
  std::string tag = lang;
  for (char& c : tag) {
    if (c == '-') c = '_';
  }
  const std::string primary = tag.substr(0, tag.find('_'));
  std::vector<std::string> names;
  if (tag.size() > primary.size()) names.push_back(tag);
  static const std::pair<const char*, const char*> kDefaults[] = {
      {"en", "en_US"}, {"fr", "fr_FR"}, {"de", "de_DE"}, {"es", "es_ES"}, {"ru", "ru_RU"},
      {"uk", "uk_UA"}, {"it", "it_IT"}, {"pt", "pt_PT"}, {"pl", "pl_PL"}, {"nl", "nl_NL"}};
  for (const auto& [language, name] : kDefaults) {
    if (primary == language) names.emplace_back(name);
  }
  names.push_back(primary);
  return names;
}

}  // namespace

HunspellLexicon::HunspellLexicon(std::string base_path, std::string name)
    : base_path_(std::move(base_path)), name_(std::move(name)) {}

HunspellLexicon::~HunspellLexicon() = default;

std::string HunspellLexicon::dictionaryFile(const std::string& lang) {
  for (const std::string& name : candidateNames(lang)) {
    for (const char* dir : kSearchPath) {
      const std::string base = std::string(dir) + "/" + name;
      if (std::filesystem::exists(base + ".aff") && std::filesystem::exists(base + ".dic"))
        return base + ".dic";
    }
  }
  return {};
}

std::unique_ptr<HunspellLexicon> HunspellLexicon::load(const std::string& lang) {
  const std::string dic = dictionaryFile(lang);
  if (dic.empty()) return nullptr;
  const std::string base = dic.substr(0, dic.size() - 4);
  return std::unique_ptr<HunspellLexicon>(
      new HunspellLexicon(base, std::filesystem::path(base).filename().string()));
}

Hunspell& HunspellLexicon::engine() const {
  if (!hunspell_)
    hunspell_ = std::make_unique<Hunspell>((base_path_ + ".aff").c_str(), (base_path_ + ".dic").c_str());
  return *hunspell_;
}

void HunspellLexicon::preload() const {
  std::lock_guard lock(mutex_);
  engine();
}

bool HunspellLexicon::loaded() const {
  std::lock_guard lock(mutex_);
  return hunspell_ != nullptr;
}

const HunspellLexicon* HunspellLexicon::shared(const std::string& lang) {
  static const auto& loaded = *new LoadOnce<std::string, std::unique_ptr<HunspellLexicon>>();
  return loaded.get(lang, [&] { return load(lang); }).get();
}

bool HunspellLexicon::spell(std::string_view word) const {
  std::lock_guard lock(mutex_);
  return engine().spell(std::string(word));
}

bool HunspellLexicon::spellsAsCompound(std::string_view word) const {
  std::lock_guard lock(mutex_);
  int info = 0;
  return engine().spell(std::string(word), &info) && (info & SPELL_COMPOUND) != 0;
}

std::vector<std::string> HunspellLexicon::suggest(std::string_view word) const {
  std::lock_guard lock(mutex_);
  return engine().suggest(std::string(word));
}

}  // namespace concord
