#include "rules/numbers/unit_words.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <mutex>
#include <vector>

#include <unicode/displayoptions.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>

#include "checker/model/unicode_text.h"
#include "dictionaries/word_data.h"
#include "rules/numbers/number_extractor.h"

namespace concord::rules {
namespace {

// The measure units news copy gives figures in, with what they measure and their size in that dimension's
// base unit, for figures a translator converts ("18 inches" → "46 centimètres"). ICU 72 keeps its unit
// converter internal, so the definitions (exact, as NIST gives them) are here. Tons and tonnes are one unit
// here: English copy writes "tons" for the metric ton other languages name.
struct KnownUnit {
  icu::MeasureUnit (*unit)();
  const char* meaning;
  const char* dimension;
  double in_base;     ///< metres, square metres, kilograms, litres, metres per second, kelvins
  double offset = 0;  ///< kelvins at zero of a temperature scale
};
constexpr KnownUnit kUnits[] = {
    {&icu::MeasureUnit::getMeter, "unit:meter", "length", 1},
    {&icu::MeasureUnit::getKilometer, "unit:kilometer", "length", 1000},
    {&icu::MeasureUnit::getCentimeter, "unit:centimeter", "length", 0.01},
    {&icu::MeasureUnit::getMillimeter, "unit:millimeter", "length", 0.001},
    {&icu::MeasureUnit::getFoot, "unit:foot", "length", 0.3048},
    {&icu::MeasureUnit::getInch, "unit:inch", "length", 0.0254},
    {&icu::MeasureUnit::getMile, "unit:mile", "length", 1609.344},
    {&icu::MeasureUnit::getYard, "unit:yard", "length", 0.9144},
    {&icu::MeasureUnit::getKilogram, "unit:kilogram", "mass", 1},
    {&icu::MeasureUnit::getGram, "unit:gram", "mass", 0.001},
    {&icu::MeasureUnit::getMetricTon, "unit:ton", "mass", 1000},
    {&icu::MeasureUnit::getTon, "unit:ton", "mass", 1000},
    {&icu::MeasureUnit::getPound, "unit:pound", "mass", 0.45359237},
    {&icu::MeasureUnit::getHectare, "unit:hectare", "area", 1e4},
    {&icu::MeasureUnit::getAcre, "unit:acre", "area", 4046.8564224},
    {&icu::MeasureUnit::getLiter, "unit:liter", "volume", 1},
    {&icu::MeasureUnit::getGallon, "unit:gallon", "volume", 3.785411784},  // the US gallon of US copy
    {&icu::MeasureUnit::getSquareKilometer, "unit:square-kilometer", "area", 1e6},
    {&icu::MeasureUnit::getSquareMile, "unit:square-mile", "area", 2589988.110336},
    {&icu::MeasureUnit::getKilometerPerHour, "unit:kilometer-per-hour", "speed", 1 / 3.6},
    {&icu::MeasureUnit::getMilePerHour, "unit:mile-per-hour", "speed", 0.44704},
    {&icu::MeasureUnit::getCelsius, "unit:celsius", "temperature", 1, 273.15},
    {&icu::MeasureUnit::getFahrenheit, "unit:fahrenheit", "temperature", 5.0 / 9, 273.15 - 32 * 5.0 / 9},
    // Durations, in months: sentences and terms are given in years or months ("30 mois" = "two and a half
    // years", "18 months" = "1.5 years"), spells in days or hours ("3 days" = "72 hours").
    {&icu::MeasureUnit::getYear, "unit:year", "duration", 12},
    {&icu::MeasureUnit::getMonth, "unit:month", "duration", 1},
    {&icu::MeasureUnit::getWeek, "unit:week", "duration-short", 7},
    {&icu::MeasureUnit::getDay, "unit:day", "duration-short", 1},
    {&icu::MeasureUnit::getHour, "unit:hour", "duration-short", 1.0 / 24},
};

// True when `folded` has a vowel of the Latin or Cyrillic alphabet: it may be a word, not an abbreviation.
bool hasVowel(std::string_view folded) {
  for (std::size_t at = 0, len = 0; at < folded.size(); at += len) {
    const char32_t cp = codePointAt(folded, at, &len);
    if (len == 0) break;
    if (std::u32string_view(U"aeiouyаеёиоуыэюяіїє").find(cp) != std::u32string_view::npos) return true;
  }
  return false;
}

const KnownUnit* knownUnit(std::string_view meaning) {
  for (const KnownUnit& known : kUnits)
    if (meaning == known.meaning) return &known;
  return nullptr;
}

// The grammatical cases a unit's name is declined in, the nominative (undefined) first.
constexpr UDisplayOptionsGrammaticalCase kCases[] = {
    UDISPOPT_GRAMMATICAL_CASE_UNDEFINED,  UDISPOPT_GRAMMATICAL_CASE_NOMINATIVE,
    UDISPOPT_GRAMMATICAL_CASE_ACCUSATIVE, UDISPOPT_GRAMMATICAL_CASE_DATIVE,
    UDISPOPT_GRAMMATICAL_CASE_GENITIVE,   UDISPOPT_GRAMMATICAL_CASE_INSTRUMENTAL,
    UDISPOPT_GRAMMATICAL_CASE_LOCATIVE,   UDISPOPT_GRAMMATICAL_CASE_PREPOSITIONAL,
};

// Figures whose plural categories cover every language's (one, few, many, other …).
constexpr double kSamples[] = {1, 2, 3, 5, 21, 22, 1.5, 0.5, 100, 1e6};

// The grammatical cases `plain`'s language declines unit names in: those in which the name of a masculine
// or a feminine unit (metre, tonne, mile), singular or plural, differs from the undeclined one (CLDR declines
// Russian миля in the accusative, метр and тонна not). English, French and Spanish decline none, so their
// names are formatted once, not once per case. Each format builds an ICU formatter: the probe is kept to a
// few dozen.
std::vector<UDisplayOptionsGrammaticalCase> declinedCases(
    const icu::number::LocalizedNumberFormatter& plain) {
  auto nameIn = [&](UDisplayOptionsGrammaticalCase grammatical_case, const icu::MeasureUnit& unit,
                    double value) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string name = toUtf8(
        plain.unit(unit)
            .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME)
            .displayOptions(icu::DisplayOptions::builder().setGrammaticalCase(grammatical_case).build())
            .formatDouble(value, status)
            .toString(status));
    return U_SUCCESS(status) ? name : std::string();
  };
  const icu::MeasureUnit probes[] = {icu::MeasureUnit::getMeter(), icu::MeasureUnit::getMetricTon(),
                                     icu::MeasureUnit::getMile()};
  constexpr double kProbeValues[] = {1.0, 5.0};
  std::vector<std::string> undeclined;
  for (const icu::MeasureUnit& unit : probes)
    for (double value : kProbeValues) undeclined.push_back(nameIn(kCases[0], unit, value));
  std::vector<UDisplayOptionsGrammaticalCase> cases{kCases[0]};
  for (std::size_t i = 1; i < std::size(kCases); ++i) {
    // Each name builds an ICU formatter: stop at the first that differs.
    std::size_t k = 0;
    bool differs = false;
    for (const icu::MeasureUnit& unit : probes)
      for (double value : kProbeValues) {
        if (!differs) differs = nameIn(kCases[i], unit, value) != undeclined[k];
        ++k;
      }
    if (differs) cases.push_back(kCases[i]);
  }
  return cases;
}

std::string trimmed(std::string_view text) {
  return std::string(trimWhiteSpace(text, {0, text.size()}).in(text));
}

std::string utf8(const UChar* text, int32_t length) { return toUtf8(icu::UnicodeString(text, length)); }

class Builder {
 public:
  Builder(std::map<std::string, std::set<std::string>, std::less<>>& meanings,
          std::map<std::string, std::set<std::string>, std::less<>>& narrowing,
          std::map<std::pair<std::string, std::string>, std::string>& written,
          const FunctionWords& function_words)
      : meanings_(meanings), narrowing_(narrowing), written_(written), function_words_(function_words) {}

  // The full name of each known unit in each plural category of `locale` ("metres", "метра"): its first word
  // names the unit.
  void addUnits(const icu::Locale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale, status));
    if (U_FAILURE(status)) return;
    const auto plain = icu::number::NumberFormatter::withLocale(locale);
    // CLDR keys a unit's name by plural category, so one figure per category gives every form (formatting
    // all of them cost a fifth of a check).
    struct Sample {
      double value;
      std::string category;
      std::string written;  ///< the figure alone, to take out of the formatted name
    };
    std::vector<Sample> samples;
    for (double value : kSamples) {
      const std::string category = toUtf8(rules->select(value));
      if (std::any_of(samples.begin(), samples.end(),
                      [&](const Sample& s) { return s.category == category; }))
        continue;
      status = U_ZERO_ERROR;
      samples.push_back({value, category, toUtf8(plain.formatDouble(value, status).toString(status))});
    }
    const std::vector<UDisplayOptionsGrammaticalCase> cases = declinedCases(plain);
    for (const KnownUnit& known : kUnits) {
      // Every grammatical case CLDR declines the name in ("von 116 Kilometern", "в 5 метрах"); the name
      // written in a suggestion is the first, the nominative.
      for (const UDisplayOptionsGrammaticalCase grammatical_case : cases) {
        const auto named =
            plain.unit(known.unit())
                .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME)
                .displayOptions(icu::DisplayOptions::builder().setGrammaticalCase(grammatical_case).build());
        for (const Sample& sample : samples) {
          status = U_ZERO_ERROR;
          std::string name = toUtf8(named.formatDouble(sample.value, status).toString(status));
          if (U_FAILURE(status)) continue;
          if (const std::size_t at = name.find(sample.written); at != std::string::npos)
            name.erase(at, sample.written.size());
          name = trimmed(name);
          const std::vector<std::string> words = spelloutWords(name);
          for (const std::string& word : words) {
            const std::string key = foldKey(word);
            if (function_words_.contains(key)) continue;
            meanings_[key].insert(known.meaning);
            break;
          }
          if (words.size() > 1) narrowing_[foldKey(words.back())].insert(known.meaning);
          written_.emplace(std::make_pair(std::string(known.meaning), sample.category), name);
        }
      }
    }
    addAbbreviations(locale);
  }

  // The short names (km, cm, mph, °C): the letters they begin with name the unit ("km" of "km/h"). Only
  // abbreviations no word of the language can be are kept: two letters or more with no vowel ("in" of inch,
  // Spanish "mi" of mile and "ha" of hectare are words), or one letter after a degree sign ("°C", "°F").
  // A lone m, l or t is too often something else ("2.5 m" may be millions).
  void addAbbreviations(const icu::Locale& locale) {
    const auto plain = icu::number::NumberFormatter::withLocale(locale);
    for (const KnownUnit& known : kUnits) {
      UErrorCode status = U_ZERO_ERROR;
      const auto short_form = plain.unit(known.unit()).unitWidth(UNUM_UNIT_WIDTH_SHORT);
      const std::string number = toUtf8(plain.formatDouble(5, status).toString(status));
      std::string name = toUtf8(short_form.formatDouble(5, status).toString(status));
      if (U_FAILURE(status)) continue;
      if (const std::size_t at = name.find(number); at != std::string::npos) name.erase(at, number.size());
      name = trimmed(name);
      const bool degrees = name.starts_with("°");
      if (degrees) name.erase(0, std::string_view("°").size());
      std::size_t letters = 0, count = 0, len = 0;
      while (letters < name.size() && isLetter(codePointAt(name, letters, &len))) {
        letters += len;
        ++count;
      }
      const std::string key = foldKey(name.substr(0, letters));
      if (degrees ? count != 1 : (count < 2 || hasVowel(key))) continue;
      meanings_[key].insert(known.meaning);
    }
  }

  // The plural names of every current currency in `locale`. A word names its currency when the name is that
  // word alone ("euros") or when the names of several currencies of one English name share it ("dólares" of
  // dólares estadounidenses, canadienses …); an adjective of one country ("canadienses") names nothing.
  void addCurrencies(const icu::Locale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale, status));
    if (U_FAILURE(status)) return;
    std::vector<std::string> categories;
    for (double sample : kSamples) {
      const std::string category = toUtf8(rules->select(sample));
      if (std::find(categories.begin(), categories.end(), category) == categories.end())
        categories.push_back(category);
    }
    // (meaning, word) → the currencies whose names have it; (meaning, category, word) → how many.
    std::map<std::pair<std::string, std::string>, std::set<std::string>> sharing;
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> single_words;
    std::map<std::tuple<std::string, std::string, std::string>, int> counts;
    UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status)) return;
    while (const char* code = uenum_next(codes, nullptr, &status)) {
      if (U_FAILURE(status)) break;
      UChar iso[4];
      u_charsToUChars(code, iso, 3);
      iso[3] = 0;
      UBool choice = false;
      int32_t length = 0;
      UErrorCode name_status = U_ZERO_ERROR;
      const UChar* english = ucurr_getName(iso, "en", UCURR_LONG_NAME, &choice, &length, &name_status);
      if (U_FAILURE(name_status) || name_status == U_USING_DEFAULT_WARNING) continue;
      const std::vector<std::string> english_words = spelloutWords(utf8(english, length));
      if (english_words.empty()) continue;
      const std::string meaning = "currency:" + foldKey(english_words.back());
      for (const std::string& category : categories) {
        name_status = U_ZERO_ERROR;
        const UChar* name =
            ucurr_getPluralName(iso, locale.getName(), &choice, category.c_str(), &length, &name_status);
        if (U_FAILURE(name_status) || name_status == U_USING_DEFAULT_WARNING) continue;
        const std::vector<std::string> words = spelloutWords(utf8(name, length));
        if (words.size() == 1) single_words[{meaning, category}].push_back(words.front());
        for (const std::string& word : words) {
          const std::string key = foldKey(word);
          if (key.size() < 3 || function_words_.contains(key)) continue;
          sharing[{meaning, key}].insert(code);
          ++counts[{meaning, category, word}];
        }
      }
    }
    uenum_close(codes);
    for (const auto& [meaning_category, words] : single_words)
      for (const std::string& word : words) meanings_[foldKey(word)].insert(meaning_category.first);
    for (const auto& [meaning_word, currencies] : sharing)
      if (currencies.size() > 1) meanings_[meaning_word.second].insert(meaning_word.first);
    // The name to write: the word most currencies of that meaning share in that category, or the single word.
    std::map<std::pair<std::string, std::string>, int> best;
    for (const auto& [key, count] : counts) {
      const auto& [meaning, category, word] = key;
      const auto slot = std::make_pair(meaning, category);
      const auto& singles = single_words[slot];
      const bool single = std::find(singles.begin(), singles.end(), word) != singles.end();
      if (count < 2 && !single) continue;
      if (auto it = best.find(slot); it == best.end() || it->second < count) {
        best[slot] = count;
        written_[slot] = word;
      }
    }
  }

 private:
  std::map<std::string, std::set<std::string>, std::less<>>& meanings_;
  std::map<std::string, std::set<std::string>, std::less<>>& narrowing_;
  std::map<std::pair<std::string, std::string>, std::string>& written_;
  const FunctionWords& function_words_;
};

}  // namespace

const UnitWords& UnitWords::forLanguage(const std::string& lang, const FunctionWords& function_words) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<UnitWords>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(lang);
  if (it == cache.end()) {
    auto table = std::make_unique<UnitWords>();
    Builder builder(table->meanings_, table->narrowing_, table->written_, function_words);
    builder.addUnits(icu::Locale(lang.c_str()));
    if (lang == "en") builder.addUnits(icu::Locale("en", "GB"));  // metres, litres, tonnes
    builder.addCurrencies(icu::Locale(lang.c_str()));
    it = cache.emplace(lang, std::move(table)).first;
  }
  return *it->second;
}

const std::set<std::string>* UnitWords::meanings(std::string_view folded) const {
  const auto it = meanings_.find(folded);
  return it == meanings_.end() ? nullptr : &it->second;
}

const std::set<std::string>* UnitWords::narrowing(std::string_view folded) const {
  const auto it = narrowing_.find(folded);
  return it == narrowing_.end() ? nullptr : &it->second;
}

std::optional<std::string> UnitWords::write(const std::string& meaning, const std::string& category) const {
  if (const auto it = written_.find({meaning, category}); it != written_.end()) return it->second;
  if (const auto it = written_.find({meaning, "other"}); it != written_.end()) return it->second;
  return std::nullopt;
}

std::optional<double> convertUnit(double value, std::string_view from, std::string_view to) {
  const KnownUnit* source = knownUnit(from);
  const KnownUnit* target = knownUnit(to);
  if (!source || !target || std::string_view(source->dimension) != target->dimension) return std::nullopt;
  return (value * source->in_base + source->offset - target->offset) / target->in_base;
}

bool metricUnit(std::string_view meaning) {
  // The units of the metric system among kUnits (and Celsius, its temperature scale).
  constexpr std::string_view kMetric[] = {"unit:meter",
                                          "unit:kilometer",
                                          "unit:centimeter",
                                          "unit:millimeter",
                                          "unit:kilogram",
                                          "unit:gram",
                                          "unit:ton",
                                          "unit:hectare",
                                          "unit:liter",
                                          "unit:square-kilometer",
                                          "unit:kilometer-per-hour",
                                          "unit:celsius"};
  return std::find(std::begin(kMetric), std::end(kMetric), meaning) != std::end(kMetric);
}

std::optional<double> convertUnitDifference(double value, std::string_view from, std::string_view to) {
  const KnownUnit* source = knownUnit(from);
  const KnownUnit* target = knownUnit(to);
  if (!source || !target || std::string_view(source->dimension) != target->dimension) return std::nullopt;
  return value * source->in_base / target->in_base;
}

bool differentUnits(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::none_of(a.begin(), a.end(), [&](const std::string& meaning) { return b.count(meaning) > 0; });
}

}  // namespace concord::rules
