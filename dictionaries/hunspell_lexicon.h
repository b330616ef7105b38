#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace concord {

/// A Hunspell dictionary for one language from the system's hunspell folders, read on the first question
/// asked of it (spell, spellsAsCompound, suggest) or on preload(): a rule that holds the lexicon but asks it
/// nothing for an article costs no load (a tenth of a cold check's CPU time each). Thread-safe: Hunspell
/// objects are not, so the load and every call are serialised.
class HunspellLexicon {
 public:
  /// The lexicon of `/usr/share/hunspell/<name>.{aff,dic}` for the best match of `lang` (en → en_US,
  /// fr → fr_FR …), not read yet. Returns nullptr when no dictionary is installed for it.
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
  /// Reads the dictionary now if no question has yet (a server's start-up, not its first request).
  void preload() const;
  /// True once the dictionary has been read.
  bool loaded() const;

 private:
  HunspellLexicon(std::string base_path, std::string name);
  /// The Hunspell object, read on first use; the caller holds mutex_.
  Hunspell& engine() const;
  std::string base_path_;  // the .aff and .dic paths without their extension
  std::string name_;
  mutable std::mutex mutex_;
  mutable std::unique_ptr<Hunspell> hunspell_;
};

}  // namespace concord
