#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "checker/model/alignment.h"
#include "rules/evidence/name_words.h"

namespace concord {
class DictionarySet;
class Gazetteer;
class HouseStyle;
class HunspellLexicon;
class NameConventions;
class WorldNames;
struct NameConventionRule;
struct NameUndoing;
}  // namespace concord

namespace concord::rules {

/// A target name written by the source language's convention, with the form the target knows.
struct ConventionEvidence {
  std::string suggestion;
  std::vector<const NameConventionRule*> rules;  ///< the rows of name_conventions.tsv undone
  std::string known_by;  ///< who knows the suggestion: "AP house style", "the gazetteer", "the article" …
};

/// The general inference for names of every naming tradition (Arabic, Persian, Turkic, Mongolian, Chinese …)
/// behind transliteration/romanization. A target word is drift when
///  1. it carries letters the source language's convention writes (dictionaries/romanization/
///     name_conventions.tsv: French ch for sh, German sch, Spanish j for kh, marks English never prints …),
///  2. the target's Hunspell does not know it as written, and it is no place name of any language (those
///     are transliteration/exonym's), and
///  3. undoing some of those letters (in combination, bounded) gives a form the target knows: the house
///     style, the gazetteer, the world's place names, another word of the same article, or the target's
///     Hunspell as a proper noun (for names of five letters or more).
/// The source's own people are guarded: a word the source language's Hunspell knows (Noël, Müller,
/// Sánchez) is never judged on marks alone, and on letters only with evidence beyond a dictionary; marks
/// alone (Goïta) need that evidence too.
class SourceConventionJudge {
 public:
  SourceConventionJudge(const AlignedPair& pair, const DictionarySet& dictionaries, const HouseStyle* style);

  /// The evidence that `word` (in a run of `run_length` capitalised words) follows the source's convention.
  std::optional<ConventionEvidence> judge(const NameWord& word, std::size_t run_length) const;

 private:
  /// Who knows `candidate` in the target, or empty; the target's Hunspell counts only when `dictionary`,
  /// GeoNames and iso-codes only when `place_names`.
  std::string knownBy(const std::string& candidate, bool dictionary, bool place_names) const;
  bool sourceKnows(const std::string& word) const;
  /// A Russian, Ukrainian or Belarusian source: its names reach the target through a romanization.
  bool cyrillicSource() const;

  const NameConventions& conventions_;
  const WorldNames& world_names_;
  const Gazetteer& gazetteer_;
  /// The English press's forms (the default English house style) when the target is another language that
  /// writes none of the marks undone (its own name_conventions.tsv rows say so): Goïta in Spanish copy is
  /// EFE's Goita, as AP's.
  std::string knownToEnglishPress(const NameUndoing& undoing) const;

  const HouseStyle* style_ = nullptr;
  const HouseStyle* english_style_ = nullptr;  ///< only for targets other than English
  const HunspellLexicon* target_lexicon_ = nullptr;
  const HunspellLexicon* source_lexicon_ = nullptr;
  std::string source_language_, target_language_;
  int target_index_ = -1;                             ///< in WorldNames::languages()
  std::set<std::string, std::less<>> article_words_;  ///< the target's capitalised words
  std::vector<TextRange> place_ranges_;               ///< where the target writes a place of any language
};

}  // namespace concord::rules
