#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "checker/model/alignment.h"
#include "dictionaries/world_names.h"
#include "rules/evidence/name_words.h"
#include "rules/rule.h"

namespace concord {
class DictionarySet;
class HouseStyle;
class HunspellLexicon;
class Romanization;
}  // namespace concord

namespace concord::rules {

/// A place written in another language's form where the target language has its own (Alep, Mossul, Pekín in
/// English copy; Algiers in German copy; Kolkata in French copy), by the world's names (GeoNames, iso-codes).
struct ForeignPlaceName {
  TextRange range;
  std::string written;
  std::string suggestion;     ///< the house style's form of the place, else the target language's own
  std::string form_language;  ///< the language whose form `written` is ("fr")
  std::string place_id;       ///< "geonames:170063", "iso3166:Kuwait"
  std::string style_name;     ///< the style whose line gave the suggestion, or empty
  bool romanized = false;  ///< `written` is the source's Cyrillic form romanized letter for letter (Dzhidda)
  std::optional<TextRange> source;  ///< where the source names the same place, in any language's form
  bool strong = false;              ///< the source names the place: a warning; otherwise an info
};

/// A run of words of sentence `sentence` that spells a form in `names`: starts at a capitalised word, words
/// joined by a space or a hyphen (Apertium's '*' mark for an unknown word is skipped), longest first.
struct PlaceSpan {
  TextRange range;
  std::string spelling;
  std::vector<WorldNames::Reading> readings;
};

/// Finds ForeignPlaceName in the target, shared by transliteration/exonym (which reports them) and
/// consistency/name-variants (which must not report them again). A spelling is judged only when it is a
/// place's form in some language and not the form of any place in the target language; a spelling the
/// house style lists (as preferred or replaced) is the style's business. Without the source naming the place
/// it is reported only when the target's dictionary does not know the word, and then as an info: "Roma" in
/// English may be the people, not Rome.
///
/// With a Russian or Ukrainian source, a place the source names (in any case: "в Джидду") is also looked for
/// in the target romanized letter for letter ("Dzhidda", "Bagdad"), which no language's form may be.
class ForeignPlaceNameFinder {
 public:
  ForeignPlaceNameFinder(const AlignedPair& pair, const DictionarySet& dictionaries,
                         const CheckSettings& settings);

  /// False when the target language has no forms in the world's names, or the data is not installed.
  bool supported() const { return target_language_ >= 0 && !names_.empty(); }
  /// The foreign place names of target sentence `sentence`, in text order.
  std::vector<ForeignPlaceName> find(std::size_t sentence) const;

 private:
  /// The finding for `span` read as `reading`, or nothing when the spelling is the target's own, the house
  /// style's business, part of a longer name, or the same name but for marks or extra words.
  std::optional<ForeignPlaceName> judge(const PlaceSpan& span, const WorldNames::Reading& reading,
                                        std::optional<TextRange> source,
                                        const std::vector<NameWord>& words) const;
  void addSourcePlace(const PlaceSpan& span);
  /// The towns a Cyrillic source sentence names only through their region's adjective (Андижанской →
  /// Андижан).
  void addAdjectivePlaces(std::size_t sentence);

  const AlignedPair& pair_;
  const WorldNames& names_;
  const HouseStyle* style_ = nullptr;
  const HunspellLexicon* lexicon_ = nullptr;
  const HunspellLexicon* source_lexicon_ = nullptr;  ///< to tell a region from an ordinary source word
  int target_language_ = -1;
  /// Places the source names anywhere, with the first place it does.
  std::unordered_map<const WorldNames::Place*, TextRange> source_places_;
  /// Places a Cyrillic source names, by the nameKey of their romanization, with the reading and where.
  std::unordered_map<std::string, std::pair<WorldNames::Reading, TextRange>> romanized_places_;
  const Romanization* romanization_ = nullptr;
  std::string source_language_;
};

std::vector<PlaceSpan> placeSpans(const Document& doc, std::size_t sentence, const WorldNames& names);

/// placeSpans for a declined language (`romanization` knows its case endings: ru, uk): a run of words is
/// also tried with each word in its possible nominative forms ("из Саудовской Аравии" names Саудовская
/// Аравия). `spelling` is the form found in `names`.
std::vector<PlaceSpan> declinedPlaceSpans(const Document& doc, std::size_t sentence, const WorldNames& names,
                                          const Romanization& romanization, const std::string& language);

}  // namespace concord::rules
