#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/numfmt.h>

#include "checker/model/text_range.h"
#include "rules/numbers/clock_times.h"

namespace concord {
class DictionarySet;
class FunctionWords;
struct NumberWordData;
}  // namespace concord

namespace concord::rules {

struct NumberVocabulary;
class UnitWords;

/// A number as written in a text: a figure ("1 500,5", "1,500.5", "70", "3,5 %", "2,5 millions") or words
/// ("neuf", "Nine", "soixante-dix", "twenty-one", "deux millions").
struct NumberMention {
  TextRange range;          ///< the whole mention, with a scale word ("millions") and a percent sign
  TextRange figure;         ///< the digits with their separators, or the number words
  double value = 0;         ///< the value under the text's own conventions (another locale's if ill-formed)
  double figure_value = 0;  ///< the figure alone, before a scale word multiplies it
  bool spelled = false;     ///< written in words
  bool weak =
      false;  ///< may not be a number at all: "un"/"one"/"ein" (articles, pronouns), fr "neuf" ("new")
  bool percent = false;  ///< followed by %
  bool ordinal = false;  ///< "3rd", "3e", "3.º", German "3." before a word, "third", "neuvième"
  bool decade = false;   ///< a figure with the plural s of a decade: "the 1990s", "the 90s"
  /// German "103." before a capitalised word: an ordinal before a noun ("als 103. Regierungschef") or a
  /// figure ending a sentence ("Es waren 103. Dann"). The figure is read as a cardinal; this is its range
  /// with the period, for a comparison with an ordinal of the other side.
  std::optional<TextRange> as_ordinal;
  /// The unit or currency word after the figure ("metres" of "1,5 metres", "dollars" of "90 millions de
  /// dollars") and what it may name (UnitWords): empty when no such word follows.
  std::optional<TextRange> unit;
  std::set<std::string> unit_meanings;
  /// The unit a figure without one takes from the figure before it in its sentence ("fall to about 80
  /// degrees, now stay above 90"): for conversions only, never evidence of a changed unit (shared_units.h).
  std::set<std::string> implied_unit_meanings;
  int scale_power = 0;  ///< the power of ten of the scale word that multiplies it: its own ("2 billion") or,
                        ///< for the first end of a range, the one both ends share ("2 to 3 billion")
  /// A temperature after the word for minus ("minus 35 degrees", "минус 35 градусов"): negative, unless the
  /// word belongs to a phrase ("plus ou moins 2 degrés"); compared with either sign.
  bool after_minus_word = false;
  std::optional<double> clock_value;  ///< a time's other reading of the hour: "5 p.m." is 17 and also 5
  /// "2.5m" with no currency sign before it: metres, or millions as the English press abbreviates them
  /// ("2.5m customers"); this is the millions reading.
  std::optional<double> million_value;
  std::optional<ClockTime> clock;  ///< a time of day ("23 h 11", "11:11 p.m."): value is its 24-hour hour
  bool well_formed = true;         ///< the figure is valid in the text's locale (ICU strict parse)
  /// After a word that says the figure is approximate ("nearly 1.5 million", "près de 3 milliards", "mehr
  /// als 1000", `approximation` lines of the language's number data): the other side may round it or give it
  /// exactly.
  bool approximate = false;
  /// Which way the approximation word points: +1 the true figure is at or above this one ("more than
  /// 1,000"), -1 at or under it ("nearly 1.5 million"), 0 either way ("about 300").
  int approximate_direction = 0;
  /// The value counts a half past the unit ("tres años y medio", "deux ans et demi"): no figure can replace
  /// the range alone.
  bool value_past_unit = false;
  /// Years followed by months ("2 Jahre und 6 Monate"): the whole term in years (2.5), for a side that gives
  /// it as one figure; the months are the next mention.
  std::optional<double> with_months;
};

/// Finds the numbers of a text in one language. Figures are parsed with ICU NumberFormat in strict mode, so
/// grouping and decimal marks follow the locale: fr "1 500,5" (space, NBSP or NNBSP), de "1.500,5",
/// en "1,500.5". A figure the locale rejects ("1.200" or "3,5" in English) is read with the conventions of
/// another locale and marked ill-formed. Words are parsed with ICU RuleBasedNumberFormat (spell-out): the
/// `value` as a figure the way `lang` writes it: the locale's marks and CLDR's minimum grouping digits, so
/// Spanish and Polish leave four-digit figures ungrouped (1250, 12.500; RAE, Fundéu) where the legacy ICU
/// NumberFormat wrote 1.250. A percentage when `percent` (value 12.5 → "12.5%", French "12,5 %").
std::string localeFigure(const std::string& lang, double value, bool percent = false, bool grouping = true,
                         int min_fraction = 0);

/// The words of a spell-out ("soixante-et-onze" → soixante, et, onze; "two hundred five").
std::vector<std::string> spelloutWords(const std::string& spelled);

/// One extractor serves one check of one article (it caches ICU formatters and is not thread-safe). The
/// candidate words come from ICU's own spell-out of 0–100, hundreds and scales in every cardinal rule set,
/// so no word list is hand-written; spans are parsed whole (strict, then lenient for "twenty one", "vingt et
/// un") and only a parse that consumes the whole span counts. Ordinals are mentions of their own (`ordinal`):
/// figures with the language's ordinal suffix (21st, 1er, 3.º, German "3." before a lower-case word or a
/// month) and words of ICU's ordinal spell-out (ninth, neuvième, dritte, tercera). Words that carry a
/// quantity spell-out cannot parse (both, beide, ambos, a dozen) come from the language's data and are weak.
/// A range whose ends share one scale word ("2 to 3 billion", "zwischen 2 und 3 Millionen") gives its
/// first end the scale too. Figures glued to other letters (MH17, F-16, 10h30) are not numbers here.
class NumberExtractor {
 public:
  NumberExtractor(const std::string& lang, const DictionarySet& dictionaries);

  /// Every number mention inside `range` of `text` (a document's analysis text), in order.
  std::vector<NumberMention> extract(std::string_view text, TextRange range) const;

  /// `value` written the way this language writes it: a figure (localeFigure; without grouping when
  /// `grouping` is false, as for years), or words (ICU spell-out) when `spelled`.
  std::string format(double value, bool spelled, bool grouping = true) const;

  /// `value` as an ordinal written like `model` (an ordinal mention of `text`): a figure with the suffix
  /// ICU's digits-ordinal rules give (4th, 4e, 4.º, 4.), or words of ICU's ordinal spell-out, in the rule set
  /// (gender, case) that spells the model's own value as written (neuvième → huitième, dritten → vierten).
  std::string formatOrdinalLike(double value, const NumberMention& model, std::string_view text) const;

  /// How this language names a unit or currency of `meanings` (a mention's unit_meanings, of the other side)
  /// after a figure of `value`, in the plural category CLDR gives it ("dólares", "meters", "метра").
  std::optional<std::string> unitNameFor(const std::set<std::string>& meanings, double value) const;

  /// The language the extractor reads and writes.
  const std::string& language() const { return lang_; }

  /// The value of `figure` under `lang`'s conventions (ICU strict parse, whole string), or nullopt.
  static std::optional<double> parseFigure(std::string_view figure, const std::string& lang);

 private:
  /// parseFigure with one NumberFormat per locale and thread, created on first use (creation is the costly
  /// part).
  std::optional<double> parseFigureCached(std::string_view figure, const std::string& lang) const;

  std::string lang_;
  const FunctionWords& function_words_;
  const NumberWordData& number_words_;
  const NumberVocabulary& vocabulary_;
  const UnitWords& unit_words_;
};

/// True when two values are the same number (relative tolerance for values from decimal parsing).
bool sameNumber(double a, double b);

/// True when two figures are written identically, whatever space marks group them ("1 500" = "1 500"):
/// a figure copied from the source as it was.
bool sameFigureText(std::string_view a, std::string_view b);

}  // namespace concord::rules
