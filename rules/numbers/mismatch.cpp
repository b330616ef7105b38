#include "rules/numbers/mismatch.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include <unicode/uchar.h>

#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "rules/evidence/number_values.h"
#include "rules/numbers/link_ranges.h"
#include "rules/numbers/number_extractor.h"
#include "rules/numbers/number_writing.h"
#include "rules/numbers/shared_units.h"
#include "rules/numbers/unit_words.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "numbers/mismatch", "A number of the source sentence missing or different in its translation",
    "Casualty counts, ages, dates and sums are the facts a correction is issued for. Machine translation "
    "changes them more often than one expects (neuf → ten, 1.500 → 1.5), and an editor reading only the "
    "English cannot see it.",
    Severity::warning};

// A figure copied as it was ("1.200" kept in English): a format problem for numbers/kept-format, not a
// changed number. Under another scale word it is a changed number ("12 billion" → "12 millions").
bool sameFigure(std::string_view source_text, const NumberMention& s, std::string_view target_text,
                const NumberMention& t) {
  if (s.spelled || t.spelled || s.scale_power != t.scale_power || s.value_past_unit || t.value_past_unit)
    return false;  // "2 ans et demi" is not the "2" of "2 years"
  const std::string_view a = s.figure.in(source_text);
  const std::string_view b = t.figure.in(target_text);
  // A time of day copied without the word that made it one ("14.30 horas" → "14.30 hours", which English
  // does not read as a time): its digits are there as they were.
  if (s.clock.has_value() != t.clock.has_value()) {
    const std::string_view clock = s.clock ? a : b;
    const std::string_view figure = s.clock ? b : a;
    return figure.find_first_of(".:") != std::string_view::npos && clock.starts_with(figure) &&
           (clock.size() == figure.size() || !isDigit(static_cast<char32_t>(clock[figure.size()])));
  }
  return sameFigureText(a, b);
}

// True when the target sentence writes the source figure's digits glued to letters ("bolsode64",
// "64-Kilo-Sack" read as one word), where the extractor sees an identifier: the number is there, not missing.
bool digitsGluedInTarget(std::string_view figure, std::string_view target_sentence) {
  // With its decimal or grouping marks too: MT glues "26.2" of "the 26.2-mile race" to its article
  // ("razade26.2 millas").
  if (figure.size() < 2 || figure.find_first_not_of("0123456789.,") != std::string_view::npos ||
      !isDigit(static_cast<char32_t>(figure.front())) || !isDigit(static_cast<char32_t>(figure.back())))
    return false;
  for (std::size_t at = target_sentence.find(figure); at != std::string_view::npos;
       at = target_sentence.find(figure, at + 1)) {
    const std::size_t end = at + figure.size();
    const bool digit_before = at > 0 && isDigit(static_cast<char32_t>(target_sentence[at - 1]));
    const bool digit_after =
        end < target_sentence.size() && isDigit(static_cast<char32_t>(target_sentence[end]));
    if (!digit_before && !digit_after) return true;
  }
  return false;
}

std::string shown(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

// A number for the message: a time of day as 23:11 or 23 h, anything else as its value.
std::string shown(const NumberMention& mention) {
  if (!mention.clock) return shown(mention.value);
  char buffer[16];
  if (mention.clock->minute)
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", mention.clock->hour, *mention.clock->minute);
  else
    std::snprintf(buffer, sizeof buffer, "%d h", mention.clock->hour);
  return buffer;
}

// An ordinal pairs with an ordinal, a count with a count; German "103." before a capitalised word may be
// either ("als 103. Regierungschef", "Es waren 103. Dann").
bool sameKind(const NumberMention& a, const NumberMention& b) {
  return a.ordinal == b.ordinal || (a.ordinal && b.as_ordinal) || (b.ordinal && a.as_ordinal);
}

// `t` as the ordinal it is beside an ordinal `s`: "103." with its period, so the suggestion ("102.")
// replaces the whole ordinal. Otherwise `t` as it was read.
NumberMention readAsOrdinalBeside(const NumberMention& s, const NumberMention& t) {
  NumberMention read = t;
  if (s.ordinal && !t.ordinal && t.as_ordinal) {
    read.ordinal = true;
    read.range = *t.as_ordinal;
  }
  return read;
}

// Both figures name what they measure and the names share no meaning: "1,5 метра" → "1.5 feet", "90
// millions de dollars" → "90 millones de euros".
bool changedUnit(const NumberMention& s, const NumberMention& t) {
  return !s.unit_meanings.empty() && !t.unit_meanings.empty() &&
         differentUnits(s.unit_meanings, t.unit_meanings);
}

// Every reading of the source quantity in a unit the target may mean, where the two may name different
// units of one dimension ("degrees" is Celsius or Fahrenheit); with `differences`, a temperature also as a
// difference of temperatures ("5 degrees below normal" → "3 Grad unter dem Normalwert").
std::vector<double> inUnits(const NumberMention& s, const std::set<std::string>& source_units,
                            const NumberMention& t, const std::set<std::string>& target_units,
                            bool differences) {
  std::vector<double> readings;
  if (s.percent || t.percent || s.clock || t.clock) return readings;
  // After the word for minus the negative reading comes first: it is the likelier, and the one suggested.
  std::vector<double> values{s.value};
  if (s.after_minus_word) values.insert(values.begin(), -s.value);
  for (const double value : values)
    for (const std::string& from : source_units)
      for (const std::string& to : target_units)
        if (from != to) {
          if (const auto converted = convertUnit(value, from, to)) readings.push_back(*converted);
          if (differences)
            if (const auto converted = convertUnitDifference(value, from, to)) readings.push_back(*converted);
        }
  // A target temperature after its word for minus is compared by its size.
  if (t.after_minus_word)
    for (double& reading : readings) reading = std::fabs(reading);
  return readings;
}

// A mention's unit, or the one its sentence carried over to it ("above 90" after "80 degrees").
const std::set<std::string>& unitsOf(const NumberMention& m) {
  return m.unit_meanings.empty() ? m.implied_unit_meanings : m.unit_meanings;
}

// The source quantity in the target's unit when the two name different units of one dimension ("18
// inches" beside "64 centimètres" → 45.72); nullopt when they name the same unit or nothing comparable.
std::optional<double> inTargetUnit(const NumberMention& s, const NumberMention& t) {
  if (!differentUnits(unitsOf(s), unitsOf(t))) return std::nullopt;
  const std::vector<double> readings = inUnits(s, unitsOf(s), t, unitsOf(t), false);
  return readings.empty() ? std::nullopt : std::optional<double>(readings.front());
}

// How far a converted figure may stray from the exact conversion: translators round it to what the
// target prints ("55 mph" → "près de 90 km/h" for 88.5, "10,000 gallons" → "37.800 litros" for 37,854),
// small figures to a whole number ("9 degrees Fahrenheit" → "-13 °C" for -12.8).
constexpr double kConversionRounding = 0.05;
constexpr double kWholeNumberRounding = 0.5;

// A figure the translator converted into the other side's units, US to metric or back ("18 inches" → "46
// centimètres", "1.5 miles" → "2,4 kilómetros"): the same quantity, not a changed number.
// A figure whose unit its sentence carried over from the figure before it ("above 90" after "80 degrees")
// converts in that unit too.
bool convertedQuantity(const NumberMention& s, const NumberMention& t) {
  const std::vector<double> readings = inUnits(s, unitsOf(s), t, unitsOf(t), true);
  // Rounding to a whole number only where the target printed one: "1,63 mètre" is not 6 feet (1.83 m).
  const bool whole = std::floor(t.value) == t.value;
  return std::any_of(readings.begin(), readings.end(), [&](double converted) {
    return std::fabs(converted - t.value) <=
           std::max(kConversionRounding * std::fabs(converted), whole ? kWholeNumberRounding : 0.0);
  });
}

// The currency a mention counts: its sign just before it ("$", "€", "£") or the currency its word names
// ("dollars", "euros", "рублей"); empty when it names none.
std::string currencyOf(std::string_view text, const NumberMention& m) {
  for (const std::string& meaning : m.unit_meanings)
    if (meaning.starts_with("currency:")) return meaning;
  std::size_t at = m.range.begin, len = 0;
  if (at > 0 && isWhiteSpace(codePointBefore(text, at, &len))) at -= len;
  const char32_t sign = at > 0 ? codePointBefore(text, at, &len) : 0;
  if (sign && u_charType(static_cast<UChar32>(sign)) == U_CURRENCY_SYMBOL)
    return std::string(text.substr(at - len, len));
  return {};
}

// The same quantity given again right after the first: in another unit, in brackets or after a comma, with
// at most a few words before it ("4.8 metres (15.7 feet)", "150 mph, or about 240 km/h"; the units must
// convert into each other), or in another currency in brackets, with at most one word ("$2.3 billion (€2.1
// billion)", "1,2 млрд рублей (около 13 млн долларов)"; the rate is the writer's, so "90 millions de
// dollars, dont 2 millions d'euros" and "$5 billion, up from $4 billion" are two figures). A target that
// prints one of the two has the quantity.
bool restatement(std::string_view text, const NumberMention& first, const NumberMention& second) {
  constexpr int kMaxWords = 3;
  const std::size_t first_end = first.unit ? std::max(first.unit->end, first.range.end) : first.range.end;
  if (first_end > second.range.begin || first.percent || second.percent || first.clock || second.clock)
    return false;
  const std::string_view gap = text.substr(first_end, second.range.begin - first_end);
  int marks = 0, words = 0;
  bool in_word = false;
  for (std::size_t at = 0, len = 0; at < gap.size(); at += len) {
    const char32_t cp = codePointAt(gap, at, &len);
    if (len == 0) return false;
    const bool letter = isLetter(cp);
    if (letter && !in_word) ++words;
    in_word = letter;
    if (cp == U'(' || cp == U',') {
      if (++marks > 1 || words > 0) return false;  // the bracket or comma comes first
    } else if (!letter && !isWhiteSpace(cp) && u_charType(static_cast<UChar32>(cp)) != U_CURRENCY_SYMBOL) {
      return false;
    }
  }
  if (marks != 1 || words > kMaxWords) return false;
  if (convertedQuantity(first, second) || convertedQuantity(second, first)) return true;
  if (gap.find('(') == std::string_view::npos || words > 1) return false;
  const std::string a = currencyOf(text, first), b = currencyOf(text, second);
  // Two signs or two names ("$" and "€", "рублей" and "долларов"): a sign and a name may be one currency.
  return !a.empty() && !b.empty() && a != b && a.starts_with("currency:") == b.starts_with("currency:");
}

// True when source mention `k` restates the mention before it (that one carries any report: one problem,
// one finding), or is restated by the mention after it and that one found its partner.
bool restatesNeighbour(std::string_view text, const std::vector<NumberMention>& mentions,
                       const std::vector<bool>& matched, std::size_t k) {
  return (k > 0 && restatement(text, mentions[k - 1], mentions[k])) ||
         (k + 1 < mentions.size() && matched[k + 1] && restatement(text, mentions[k], mentions[k + 1]));
}

// How far apart two values are in orders of magnitude, for pairing a missing number with its replacement.
// A figure converted into the target's unit is compared in that unit; figures whose units measure different
// things ("18 inches", "13 °C") are the least likely partners.
double distance(const NumberMention& a, const NumberMention& b) {
  const auto converted = inTargetUnit(a, b);
  const bool other_dimension = !converted && !a.unit_meanings.empty() && !b.unit_meanings.empty() &&
                               differentUnits(a.unit_meanings, b.unit_meanings);
  const double gap = std::fabs(std::log10(std::max(std::fabs(converted.value_or(a.value)), 1e-9)) -
                               std::log10(std::max(std::fabs(b.value), 1e-9))) +
                     (other_dimension ? 100.0 : 0.0);
  // The same digits under another scale word ("1.5 billion" → "1,5 million") are the likeliest partner,
  // however many orders of magnitude the scale moved them.
  const bool same_digits = a.scale_power != b.scale_power && sameNumber(a.figure_value, b.figure_value);
  return (same_digits ? gap / 10 : gap) + (a.percent != b.percent ? 100.0 : 0.0) +
         (a.clock.has_value() != b.clock.has_value() ? 100.0 : 0.0);
}

// The place of a value's last significant digit: 100000 for 1.5 million, 0.1 for 48.7.
double lastSignificantPlace(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.10e", std::fabs(value));
  std::string mantissa(buffer, std::strchr(buffer, 'e') - buffer);
  mantissa.erase(std::remove(mantissa.begin(), mantissa.end(), '.'), mantissa.end());
  const std::size_t digits = mantissa.find_last_not_of('0') + 1;
  return std::pow(10.0, std::floor(std::log10(std::fabs(value))) - static_cast<double>(digits) + 1);
}

// A figure one side gives exactly and the other rounds after a word that says so: "1 470 000" → "nearly
// 1.5 million", "2,96 milliards" → "almost €3 billion", "1 037" → "more than 1,000", "environ 48,7 %" →
// "about 49%". The rounded figure has fewer significant digits and is less than one unit of its last one, and
// a tenth, away from the exact figure: "about 1 million" for 1.9 million, "more than 40" for 46 stay changes.
bool roundedQuantity(const NumberMention& s, const NumberMention& t) {
  if (s.clock || t.clock || s.ordinal || t.ordinal || s.percent != t.percent || changedUnit(s, t) ||
      s.value <= 0 || t.value <= 0)
    return false;
  const double s_place = lastSignificantPlace(s.value), t_place = lastSignificantPlace(t.value);
  const bool target_rounds = t.approximate && t_place > s_place;
  const bool source_rounds = s.approximate && s_place > t_place;
  if (!target_rounds && !source_rounds) return false;
  const double exact = target_rounds ? s.value : t.value, rounded = target_rounds ? t.value : s.value;
  // "more than 1,000" cannot stand for 990, nor "nearly 1.5 million" for 1,530,000.
  const int direction = target_rounds ? t.approximate_direction : s.approximate_direction;
  if ((direction > 0 && exact < rounded) || (direction < 0 && exact > rounded)) return false;
  const double gap = std::fabs(exact - rounded);
  return gap < std::max(s_place, t_place) && gap <= 0.1 * exact;
}

// `written` with its digits replaced by those of `plain` (the new value ungrouped, in the same language),
// when both have as many digits before and after the decimal mark: the target's own grouping stays ("1.430" →
// "1.340" where Spanish would print 1340 unprompted), so the suggestion changes only what is wrong.
std::optional<std::string> sameShape(std::string_view written, std::string_view plain,
                                     const std::string& lang) {
  auto digitsOf = [](std::string_view text) {
    std::string digits;
    for (char c : text)
      if (c >= '0' && c <= '9') digits += c;
    return digits;
  };
  const std::string new_digits = digitsOf(plain);
  if (new_digits.size() != digitsOf(written).size() ||
      fractionDigits(written, lang) != fractionDigits(plain, lang))
    return std::nullopt;
  std::string out(written);
  std::size_t next = 0;
  for (char& c : out)
    if (c >= '0' && c <= '9') c = new_digits[next++];
  return out;
}

// The suggestion keeps the target's way of writing the number: words stay words, a capital stays.
std::string suggestionFor(const NumberExtractor& target_numbers, double value, const NumberMention& t,
                          std::string_view target_text) {
  const std::string_view written = t.figure.in(target_text);
  if (!t.spelled && t.well_formed) {
    const std::string plain = target_numbers.format(value, false, false);
    if (auto kept = sameShape(written, plain, target_numbers.language())) return *kept;
  }
  const bool grouped = written.find_first_not_of("0123456789") != std::string_view::npos;
  // Words stay words for a whole number; a fraction is a figure ("2.5", not "two point five").
  const bool spelled = t.spelled && std::floor(value) == value;
  std::string text = target_numbers.format(value, spelled, grouped || value >= 10000);
  if (spelled && isUpper(codePointAt(target_text, t.figure.begin))) text = upperFirst(text);
  return text;
}

// The source's figure as the target writes figures, with the decimals the source printed ("4.10" → "4,10").
std::string figureLike(const NumberExtractor& target_numbers, const NumberMention& s,
                       std::string_view source_text, const std::string& source_lang) {
  const int decimals = fractionDigits(s.figure.in(source_text), source_lang);
  return localeFigure(target_numbers.language(), s.figure_value, false, s.figure_value >= 10000, decimals);
}

// The target's scale word replaced by the one for the source's scale, when the target wrote its scale as a
// word of its language's spell-out ("3,2 millions" → "3,2 milliards" for 3.2 billion; "3.5 billion" →
// "3.5 trillion" for Spanish "3,5 billones"); nullopt for abbreviations (bn, Mio.) and glued scales (2.5bn).
std::optional<std::string> changedScaleSuggestion(const NumberExtractor& target_numbers,
                                                  const NumberMention& s, std::string_view source_text,
                                                  const std::string& source_lang, const NumberMention& t,
                                                  std::string_view target_text) {
  if (s.spelled || s.scale_power <= 0 || s.figure_value <= 0 || t.scale_power == s.scale_power)
    return std::nullopt;
  const std::string_view after = target_text.substr(t.figure.end, t.range.end - t.figure.end);
  const std::size_t space = after.find_first_not_of("0123456789");
  if (space == std::string_view::npos || space != 0) return std::nullopt;
  std::size_t word_begin = 0;
  while (word_begin < after.size()) {  // past the space (or NBSP) between figure and word
    std::size_t len = 0;
    if (isLetter(codePointAt(after, word_begin, &len))) break;
    word_begin += len;
  }
  if (word_begin == 0 || word_begin >= after.size()) return std::nullopt;
  const std::string_view written_word = after.substr(word_begin);
  const auto own_word = scaleWordFor(target_numbers.language(), t.scale_power, t.figure_value);
  if (!own_word || foldKey(*own_word) != foldKey(written_word)) return std::nullopt;
  const auto meant_word = scaleWordFor(target_numbers.language(), s.scale_power, s.figure_value);
  if (!meant_word) return std::nullopt;
  // A scale the target names in two words ("mil millones" for a billion) is written as the press writes it,
  // in the scale below: "3400 millones" for 3.4 billion, not "3.4 billones" (a trillion).
  if (meant_word->find(' ') != std::string::npos) {
    const int below = s.scale_power - 3;
    const double figure = s.value / std::pow(10.0, below);
    const auto word = scaleWordFor(target_numbers.language(), below, figure);
    if (!word || word->find(' ') != std::string::npos || figure < 1 || figure >= 1e6) return std::nullopt;
    const std::string_view before = target_text.substr(t.range.begin, t.figure.begin - t.range.begin);
    return std::string(before) + target_numbers.format(figure, false) + " " + *word;
  }
  const std::string figure = sameNumber(s.figure_value, t.figure_value)
                                 ? std::string(t.figure.in(target_text))
                                 : figureLike(target_numbers, s, source_text, source_lang);
  const std::string_view before = target_text.substr(t.range.begin, t.figure.begin - t.range.begin);
  return std::string(before) + figure + std::string(after.substr(0, word_begin)) + *meant_word;
}

// "25 million" for 2.5 million: the source value under the target's own scale word, when that reads as a
// figure the word fits (1 to 999 of it); "4,10 %" for 4.01 %: a figure whose percent sign or currency
// multiplies nothing gets the source's figure in its place; otherwise the scale word changes.
std::optional<std::string> scaledSuggestion(const NumberExtractor& target_numbers, const NumberMention& s,
                                            std::string_view source_text, const std::string& source_lang,
                                            const NumberMention& t, std::string_view target_text) {
  if (t.spelled || t.clock || t.range == t.figure || t.figure_value <= 0 || t.value <= 0) return std::nullopt;
  const std::string_view before = target_text.substr(t.range.begin, t.figure.begin - t.range.begin);
  const std::string_view after = target_text.substr(t.figure.end, t.range.end - t.figure.end);
  const double scale = t.value / t.figure_value;
  if (sameNumber(scale, 1) && !s.spelled && sameNumber(s.value, s.figure_value))
    return std::string(before) + figureLike(target_numbers, s, source_text, source_lang) + std::string(after);
  const double figure = s.value / scale;
  if (!t.percent && scale >= 1000 && figure >= 1 && figure < 1000)
    return std::string(before) + target_numbers.format(figure, false, false) + std::string(after);
  return changedScaleSuggestion(target_numbers, s, source_text, source_lang, t, target_text);
}

// The first end of a range that borrows the scale word of the second ("2" of "2 to 3 billion"), with the
// source value under that word (1 to 999 of it): "2" → "4" when the source has 4 billion.
std::optional<std::string> sharedScaleSuggestion(const NumberExtractor& target_numbers, double value,
                                                 const NumberMention& t) {
  const double figure = value / std::pow(10.0, t.scale_power);
  if (figure < 1 || figure >= 1000) return std::nullopt;
  return target_numbers.format(figure, false, false);
}

// The source number written the way the target wrote the number it replaced, when that can be said.
std::optional<std::string> suggestionFor(const NumberExtractor& target_numbers,
                                         const NumberWordData& target_words, const NumberMention& s,
                                         std::string_view source_text, const std::string& source_lang,
                                         const NumberMention& t, std::string_view target_text) {
  if (s.clock && t.clock) return writeClockLike(target_text, *t.clock, *s.clock, target_words);
  if (s.clock || t.clock) return std::nullopt;
  if (const auto converted = inTargetUnit(s, t)) {
    // The conversion redone, to the decimals the target printed: "64 centimètres" → "46" for 18 inches.
    // (A number in words, or a figure and a half, has no decimals to go by: one is kept, "2.5" for "three and
    // a half" or "2 and a half" years.)
    const bool has_half =
        t.value != std::floor(t.value) && t.figure.in(target_text).find(' ') != std::string_view::npos;
    const double scale =
        t.spelled || has_half
            ? 10.0
            : std::pow(10.0, fractionDigits(t.figure.in(target_text), target_numbers.language()));
    const double rounded = std::round(*converted * scale) / scale;
    if (rounded < 0) return target_numbers.format(rounded, false, false);
    return suggestionFor(target_numbers, rounded, t, target_text);
  }
  if (s.million_value && t.scale_power == 6) {
    // "2.5m" beside a target that counts in millions: the source read as millions.
    NumberMention millions = s;
    millions.value = *s.million_value;
    millions.scale_power = 6;
    millions.million_value.reset();
    return suggestionFor(target_numbers, target_words, millions, source_text, source_lang, t, target_text);
  }
  if (t.ordinal) return target_numbers.formatOrdinalLike(s.value, t, target_text);
  if (t.range == t.figure && t.scale_power > 0 && !t.spelled)
    return sharedScaleSuggestion(target_numbers, s.value, t);
  // The source's figure with its scale word dropped ("€420" for 420 Millionen Euro): the word restored
  // ("420 million"), not the figure written out in full.
  if (t.range == t.figure && t.scale_power == 0 && s.scale_power > 0 && !s.spelled && !t.spelled &&
      sameNumber(s.figure_value, t.figure_value))
    if (const auto word = scaleWordFor(target_numbers.language(), s.scale_power, s.figure_value))
      return std::string(t.figure.in(target_text)) + " " + *word;
  // A decade the target writes without its century ("ochenta" for "the 1990s") takes the source's the same
  // way.
  if (s.decade && s.value >= 1000 && t.value < 100 && t.range == t.figure)
    return suggestionFor(target_numbers, std::fmod(s.value, 100), t, target_text);
  if (t.range == t.figure) return suggestionFor(target_numbers, s.value, t, target_text);
  return scaledSuggestion(target_numbers, s, source_text, source_lang, t, target_text);
}

// The same figure under another unit or currency: the finding spans the unit word, and the suggestion
// names the source's unit the target's way ("1.5 feet" → "1.5 meters", "90 millones de euros" → "90
// millones de dólares").
void reportUnitChange(const NumberExtractor& target_numbers, const NumberMention& s,
                      std::string_view source_text, const NumberMention& t, std::string_view target_text,
                      Finding& finding) {
  const TextRange source_span{s.range.begin, s.unit->end};
  const TextRange target_span{t.range.begin, t.unit->end};
  finding.source = source_span;
  finding.target = target_span;
  finding.message = "the source has “" + std::string(source_span.in(source_text)) +
                    "” where the target has “" + std::string(target_span.in(target_text)) +
                    "”: the same figure, another unit";
  // A US unit under a metric name ("116 miles" → "116 Kilometern"): the translator meant to convert to the
  // metric units the target's readers expect and did not; the conversion (the figure suggestionFor gave)
  // keeps the target's unit. Elsewhere ("1,5 метра" → "1.5 feet") the unit's name is what changed.
  auto allMetric = [](const std::set<std::string>& meanings) {
    return std::all_of(meanings.begin(), meanings.end(), [](const std::string& m) { return metricUnit(m); });
  };
  auto anyMetric = [](const std::set<std::string>& meanings) {
    return std::any_of(meanings.begin(), meanings.end(), [](const std::string& m) { return metricUnit(m); });
  };
  if (finding.suggestion && inTargetUnit(s, t) && allMetric(t.unit_meanings) && !anyMetric(s.unit_meanings)) {
    finding.suggestion = std::string(target_text.substr(t.range.begin, t.figure.begin - t.range.begin)) +
                         *finding.suggestion +
                         std::string(target_text.substr(t.figure.end, t.unit->end - t.figure.end));
    return;
  }
  finding.suggestion.reset();
  if (const auto name = target_numbers.unitNameFor(s.unit_meanings, t.value))
    finding.suggestion =
        std::string(target_text.substr(t.range.begin, t.unit->begin - t.range.begin)) + *name;
}

}  // namespace

const RuleInfo& NumbersMismatchRule::info() const { return kInfo; }

void NumbersMismatchRule::check(const AlignedPair& pair, RuleContext& context) const {
  const NumberExtractor source_numbers(pair.source.lang(), context.dictionaries());
  const NumberExtractor target_numbers(pair.target.lang(), context.dictionaries());
  const NumberWordData& target_words = context.dictionaries().numberWords(pair.target.lang());
  const std::string& source_text = pair.source.text();
  const std::string& target_text = pair.target.text();
  const auto& links = pair.alignment.links();

  std::vector<std::vector<NumberMention>> in_target(links.size()), in_source(links.size());
  for (std::size_t l = 0; l < links.size(); ++l) {
    if (const auto range = targetRangeOfLink(pair, links[l])) {
      in_target[l] = target_numbers.extract(target_text, *range);
      joinCompoundLengths(in_target[l], target_text);
      carryUnitsForward(in_target[l], target_text);
    }
    if (const auto range = sourceRangeOfLink(pair, links[l])) {
      in_source[l] = source_numbers.extract(source_text, *range);
      joinCompoundLengths(in_source[l], source_text);
      carryUnitsForward(in_source[l], source_text);
    }
  }
  settleTemperatureScales(in_source);
  settleTemperatureScales(in_target);
  // Within each link, pair source numbers with equal target numbers.
  auto matches = [&](const NumberMention& s, const NumberMention& t) {
    return ((sameValue(s, t) || sameFigure(source_text, s, target_text, t)) && !changedUnit(s, t)) ||
           convertedQuantity(s, t);
  };
  std::vector<std::vector<bool>> source_matched(links.size()), target_matched(links.size());
  for (std::size_t l = 0; l < links.size(); ++l) {
    source_matched[l].assign(in_source[l].size(), false);
    target_matched[l].assign(in_target[l].size(), false);
    // Conversions first, whose units name both ends ("2 feet" → "60 centimètres", not the "60" of "60
    // degrees"); then numbers; then the words that may carry one: "Both of the remaining two" → "Les deux
    // autres" pairs "deux" with "two", and "both" stays a quantity word nothing is missing for.
    // Before both, a figure the target writes in the same unit ("4.8 metres (15.7 feet)" → "4,8 Meter"):
    // the conversion of its restatement must not take it.
    // Among equal numbers, a time of day pairs with a time first ("10:00" with "10 a.m.", not with the "10"
    // of "10 березня" whose month the target changed). A figure a hedge word says is rounded comes last.
    enum class Pass { same_unit, conversions, same_kind_numbers, numbers, rounded, quantity_words };
    auto pairs = [&](Pass pass, const NumberMention& a, const NumberMention& b) {
      switch (pass) {
        case Pass::same_unit:
          return !a.unit_meanings.empty() && !changedUnit(a, b) && !b.unit_meanings.empty() &&
                 sameValue(a, b);
        case Pass::conversions:
          return convertedQuantity(a, b);
        case Pass::same_kind_numbers:
          return a.clock.has_value() == b.clock.has_value() && matches(a, b);
        case Pass::rounded:
          return roundedQuantity(a, b);
        default:
          return matches(a, b);
      }
    };
    for (const Pass pass : {Pass::same_unit, Pass::conversions, Pass::same_kind_numbers, Pass::numbers,
                            Pass::rounded, Pass::quantity_words}) {
      for (std::size_t s = 0; s < in_source[l].size(); ++s) {
        if (in_source[l][s].weak != (pass == Pass::quantity_words)) continue;
        for (std::size_t t = 0; t < in_target[l].size() && !source_matched[l][s]; ++t) {
          const NumberMention& a = in_source[l][s];
          const NumberMention& b = in_target[l][t];
          if (target_matched[l][t] || !pairs(pass, a, b)) continue;
          source_matched[l][s] = target_matched[l][t] = true;
        }
      }
    }
  }
  // A term in years and months on one side and one figure on the other ("8 лет и 6 месяцев" = "eight and a
  // half years" = "102 months"): the two mentions and the one are the same duration.
  auto pairCompoundTerms =
      [&](const std::vector<NumberMention>& compound_side, std::vector<bool>& compound_used,
          const std::vector<NumberMention>& single_side, std::vector<bool>& single_used) {
        for (std::size_t k = 0; k + 1 < compound_side.size(); ++k) {
          if (!compound_side[k].with_months || compound_used[k] || compound_used[k + 1]) continue;
          NumberMention whole = compound_side[k];
          whole.value = whole.figure_value = *whole.with_months;
          for (std::size_t m = 0; m < single_side.size(); ++m) {
            if (single_used[m] || !(matches(whole, single_side[m]) || matches(single_side[m], whole)))
              continue;
            compound_used[k] = compound_used[k + 1] = single_used[m] = true;
            break;
          }
        }
      };
  for (std::size_t l = 0; l < links.size(); ++l) {
    pairCompoundTerms(in_source[l], source_matched[l], in_target[l], target_matched[l]);
    pairCompoundTerms(in_target[l], target_matched[l], in_source[l], source_matched[l]);
  }
  // A value left over in a neighbouring link of the other side: the aligner put a sentence boundary
  // elsewhere. (Only left-over numbers: a headline that repeats a figure explains nothing.)
  auto inNeighbours = [&](const std::vector<std::vector<NumberMention>>& side,
                          const std::vector<std::vector<bool>>& matched, std::size_t l,
                          const NumberMention& number) {
    for (std::size_t n : {l - 1, l + 1}) {
      if (n >= links.size()) continue;  // l - 1 wraps for l == 0
      for (std::size_t k = 0; k < side[n].size(); ++k)
        if (!matched[n][k] && sameValue(number, side[n][k])) return true;
    }
    return false;
  };

  for (std::size_t l = 0; l < links.size(); ++l) {
    const Link& link = links[l];
    const auto source_range = sourceRangeOfLink(pair, link);
    const auto target_range = targetRangeOfLink(pair, link);
    if (!source_range || !target_range) continue;  // 1-0 and 0-1 links: omission/addition rules
    const std::vector<NumberMention>& source = in_source[l];
    const std::vector<NumberMention>& target = in_target[l];
    const std::vector<bool>& used = target_matched[l];
    std::vector<const NumberMention*> unmatched;
    for (std::size_t s = 0; s < source.size(); ++s)
      if (!source_matched[l][s] && !source[s].weak &&
          !restatesNeighbour(source_text, source, source_matched[l], s))
        unmatched.push_back(&source[s]);
    // Target numbers nothing in the source explains: candidates for "changed".
    std::vector<const NumberMention*> spare;
    for (std::size_t t = 0; t < target.size(); ++t) {
      if (used[t] || target[t].weak) continue;
      spare.push_back(&target[t]);
    }
    std::vector<bool> spare_used(spare.size(), false);
    for (const NumberMention* s : unmatched) {
      if (inNeighbours(in_target, target_matched, l, *s)) continue;
      const std::string source_words(s->range.in(source_text));
      std::optional<std::size_t> closest;
      for (std::size_t k = 0; k < spare.size(); ++k) {
        if (!sameKind(*s, *spare[k])) continue;  // an ordinal changes into an ordinal only
        if (inNeighbours(in_source, source_matched, l, *spare[k]))
          continue;  // explained by the next source sentence
        if (!spare_used[k] && (!closest || distance(*s, *spare[k]) < distance(*s, *spare[*closest])))
          closest = k;
      }
      if (closest) {
        spare_used[*closest] = true;
        const NumberMention t = readAsOrdinalBeside(*s, *spare[*closest]);
        Finding finding;
        finding.primary = Side::target;
        finding.target = t.range;
        finding.source = s->range;
        // A number that changed, with neither value in the neighbouring sentences, is evidence of its own
        // that the sentences correspond: a weak length-based link does not make it doubtful.
        finding.confidence = std::max(link.confidence, 0.75);
        finding.message = "the source has " + shown(*s) + " (“" + source_words + "”) where the target has " +
                          shown(t) + " (“" + std::string(t.range.in(target_text)) + "”)";
        finding.suggestion =
            suggestionFor(target_numbers, target_words, *s, source_text, pair.source.lang(), t, target_text);
        if (sameValue(*s, t) && changedUnit(*s, t))
          reportUnitChange(target_numbers, *s, source_text, t, target_text, finding);
        if (t.value_past_unit) finding.suggestion.reset();  // "tres años y medio": the half is past the unit
        context.report(std::move(finding));
      } else if (!s->ordinal &&  // "premier" → "prime", "second" → "again": an ordinal has other renderings
                 !digitsGluedInTarget(s->figure.in(source_text), target_range->in(target_text))) {
        Finding finding;
        finding.primary = Side::source;
        finding.source = s->range;
        finding.target = target_range;
        finding.confidence = link.confidence;
        // Spelled small numbers often become words that are not numbers (deux → both, twice): say so softly.
        if (s->spelled) finding.severity = Severity::info;
        finding.message =
            "the source number " + shown(*s) + " (“" + source_words + "”) is not in the aligned translation";
        context.report(std::move(finding));
      }
    }
  }
}

}  // namespace concord::rules
