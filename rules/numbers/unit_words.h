#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace concord {
class FunctionWords;
}

namespace concord::rules {

/// What the word after a figure measures, in one language, from ICU's display names rather than a word list:
/// the full names of common measure units ("meters", "metres", "метра", "Meter" → unit:meter) and the
/// names of the world's currencies ("dollars", "dólares", "Dollar" → currency:dollar; "euros" →
/// currency:euro, named by the last word of the English name, so every dollar is one currency here). Two
/// figures whose words name nothing in common measure different things: "1,5 метра" is not "1.5 feet", "90
/// millions de dollars" not "90 millones de euros".
class UnitWords {
 public:
  /// The table of `lang` (a primary language: en, fr, es, de …), built on first use and kept.
  static const UnitWords& forLanguage(const std::string& lang, const FunctionWords& function_words);

  /// What `folded` (a foldKey) may name, or null when it names no unit or currency. A currency adjective
  /// ("canadiens") names nothing: only a name of one word or a word several currencies share ("dólares").
  const std::set<std::string>* meanings(std::string_view folded) const;

  /// The meanings a word after a unit word narrows it to ("Fahrenheit" of "degrees Fahrenheit", the last word
  /// of a unit's full name), or null. Alone such a word names nothing ("hour" of "miles per hour").
  const std::set<std::string>* narrowing(std::string_view folded) const;

  /// How this language writes `meaning` after a figure of plural category `category` ("other" → "dólares",
  /// "one" → "meter"); nullopt when ICU gives no name.
  std::optional<std::string> write(const std::string& meaning, const std::string& category) const;

 private:
  std::map<std::string, std::set<std::string>, std::less<>> meanings_;
  std::map<std::string, std::set<std::string>, std::less<>> narrowing_;
  std::map<std::pair<std::string, std::string>, std::string> written_;  ///< (meaning, category) → name
};

/// `value` of the unit `from` expressed in the unit `to` (meanings such as "unit:inch", "unit:centimeter")
/// when both measure one dimension (length, area, mass, volume, speed); nullopt otherwise (currencies,
/// another dimension).
std::optional<double> convertUnit(double value, std::string_view from, std::string_view to);

/// True for a unit of the metric system (metres, kilograms, litres, hectares, km/h, degrees Celsius).
bool metricUnit(std::string_view meaning);

/// A difference of `value` in the unit `from` expressed in the unit `to`: for temperatures, the size of the
/// degrees without the scales' zeros (a rise of 9 °F is one of 5 °C); elsewhere what convertUnit gives.
std::optional<double> convertUnitDifference(double value, std::string_view from, std::string_view to);

/// True when two sets of meanings share none: the figures measure different things.
bool differentUnits(const std::set<std::string>& a, const std::set<std::string>& b);

}  // namespace concord::rules
