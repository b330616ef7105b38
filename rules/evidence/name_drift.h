#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/model/alignment.h"
#include "rules/evidence/name_words.h"
#include "rules/evidence/source_convention.h"
#include "rules/rule.h"

namespace concord {
class DictionarySet;
class Gazetteer;
struct GazetteerEntry;
class HouseStyle;
class HunspellLexicon;
class Romanization;
class WorldNames;
}  // namespace concord

namespace concord::rules {

/// A name in the target romanized by another language's convention (or against the gazetteer), with the
/// spelling the target language's press uses.
struct NameDrift {
  TextRange range;  ///< the word, or the whole name when a multi-word gazetteer name matched
  std::string written;
  std::string suggestion;
  std::string message;
  std::optional<TextRange> source;  ///< the source counterpart word, when one was found
  bool strong = false;              ///< source or gazetteer evidence: a warning; otherwise info
};

/// The inference behind transliteration/romanization, shared with consistency/name-variants (which must not
/// report what this already reports). For a capitalised target word that is not an ordinary word
/// (Hunspell) and not a spelling the house style lists, it looks for evidence that the word follows a
/// foreign convention (dictionaries/romanization/conventions.tsv) instead of the target's:
///  1. a Cyrillic source counterpart (same nameKey once romanized with KMU 2010 / BGN) whose romanization the
///     word reaches only by undoing a foreign convention;
///  2. a Latin-script source counterpart (same nameKey) which, with the source language's convention undone,
///     gives an English spelling the word misses by a foreign letter group, on a word that looks Slavic;
///  3. no counterpart: a gazetteer name with the same nameKey that the word misses by a foreign letter group
///     (a warning), or only a foreign letter group on a Slavic-looking word (info);
///  4. for names of every other tradition (Arabic, Persian, Turkic, Mongolian, Chinese …), the source
///     language's convention undone into a form the target knows (SourceConventionJudge).
/// Suggestions prefer the house style's spelling, then the gazetteer's English form.
class NameDriftFinder {
 public:
  NameDriftFinder(const AlignedPair& pair, const DictionarySet& dictionaries, const CheckSettings& settings);

  /// False for target languages without conventions to compare against (en, es, fr and de are supported).
  bool supported() const { return supported_; }
  /// The drifted names of target sentence `sentence`, in text order.
  std::vector<NameDrift> find(std::size_t sentence) const;

 private:
  struct SourceName;
  /// A target word that is the Russian form of a Ukrainian source given name (Aleksandr for Олександр),
  /// unless `surname` (the next word of the name, or empty) is a Russian the gazetteer knows.
  std::optional<NameDrift> russianGivenName(const NameWord& word, const std::string& surname,
                                            const std::vector<SourceName>& source_names) const;
  std::optional<NameDrift> checkFullName(const std::string& text, TextRange range) const;
  std::optional<NameDrift> checkWord(const std::string& word, TextRange range, bool sentence_initial,
                                     const std::vector<SourceName>& source_names) const;
  void strengthenByGivenName(const std::vector<NameWord>& words, std::size_t begin, std::size_t end,
                             std::vector<NameDrift>& drifts) const;
  std::optional<NameDrift> wholeName(const std::vector<NameWord>& words, std::size_t begin, std::size_t end,
                                     const std::vector<NameDrift>& drifts) const;
  std::string refine(const std::string& english, std::string* gazetteer_note) const;
  /// A listed variant of `entry` whose surname (not the one written at `range`) the target writes elsewhere:
  /// the spelling the article itself uses for that person.
  std::optional<std::string> spellingUsedElsewhere(const GazetteerEntry& entry, TextRange range) const;
  std::string toTarget(const std::string& english) const;
  /// Step 4: `word`, in a run of `run_length` capitalised words, written by the source's convention.
  std::optional<NameDrift> sourceConvention(const NameWord& word, std::size_t run_length,
                                            const std::vector<SourceName>& source_names) const;
  std::vector<std::string> foreignConventions() const;

  const AlignedPair& pair_;
  const HouseStyle* style_ = nullptr;
  const Gazetteer* gazetteer_ = nullptr;
  const Romanization* romanization_ = nullptr;
  const HunspellLexicon* lexicon_ = nullptr;
  const WorldNames* world_names_ = nullptr;
  int world_names_target_ = -1;  ///< the target's index in WorldNames::languages(), or -1
  std::unique_ptr<SourceConventionJudge> convention_judge_;
  std::string target_language_;
  std::string source_language_;
  bool supported_ = false;
  bool source_cyrillic_ = false;
};

}  // namespace concord::rules
