#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace concord {

/// A Hunspell dictionary for one language, loaded from the system's hunspell folders. Thread-safe: Hunspell
/// objects are not, so calls are serialised.
class HunspellLexicon {
 public:
  /// Loads `/usr/share/hunspell/<name>.{aff,dic}` for the best match of `lang` (en → en_US, fr → fr_FR …).
  /// Returns nullptr when no dictionary is installed for it.
  static std::unique_ptr<HunspellLexicon> load(const std::string& lang);
  /// The process's one loaded dictionary for `lang` (load(lang) on first use; nullptr when none is
  /// installed). Dictionaries are immutable once loaded, so every DictionarySet of the process shares them
  /// and none is freed at exit (a tenth of a cold check's time went to freeing two of them).
  static const HunspellLexicon* shared(const std::string& lang);
  /// The `.dic` file load(lang) reads (its `.aff` beside it), or empty when none is installed.
  static std::string dictionaryFile(const std::string& lang);
  ~HunspellLexicon();

  bool spell(std::string_view word) const;
  /// True when the dictionary accepts `word` only by joining words of its own (German
  /// Energie|versorgungs|unternehmen under its compounding rules), not as an entry or an affixed entry.
  bool spellsAsCompound(std::string_view word) const;
  std::vector<std::string> suggest(std::string_view word) const;
  const std::string& name() const { return name_; }

 private:
  HunspellLexicon(std::unique_ptr<Hunspell> hunspell, std::string name);
  std::unique_ptr<Hunspell> hunspell_;
  std::string name_;
  mutable std::mutex mutex_;
};

}  // namespace concord
