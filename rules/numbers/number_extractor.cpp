#include "rules/numbers/number_extractor.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>

#include <unicode/dcfmtsym.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/numfmt.h>
#include <unicode/plurrule.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "rules/numbers/calendar_words.h"
#include "rules/numbers/spelled_number_parser.h"
#include "rules/numbers/unit_words.h"

namespace concord::rules {

/// Number words of one language, all taken from ICU's spell-out rules plus the data file's scales.
struct NumberVocabulary {
  std::set<std::string, std::less<>> words;        ///< foldKey of every word and hyphen part ICU spells
  std::map<std::string, int, std::less<>> scales;  ///< foldKey(thousand, million, millions …) → power of 10
  /// Every ordinal ICU spells from 1 to 100 in every ordinal rule set (third, troisième, dritten, tercera),
  /// its words' foldKeys joined by one space ("vingt et unieme") → value.
  std::map<std::string, double, std::less<>> ordinals;
  /// The word ICU's spell-out puts before a negative number ("minus", "moins", "menos", "минус"), foldKey.
  std::string minus;
  /// ICU's spell-out of 1 ("one"), foldKey: what an article of `one_article` data stands for.
  std::string one;
};

namespace {

std::string primaryLanguage(const std::string& lang) { return lang.substr(0, lang.find_first_of("-_")); }

bool isSpaceMark(char32_t cp) { return cp == U' ' || cp == U'\u00A0' || cp == U'\u202F' || cp == U'\u2009'; }
bool isHyphen(char32_t cp) { return cp == U'-' || cp == U'\u2010' || cp == U'\u2011'; }

}  // namespace

std::vector<std::string> spelloutWords(const std::string& spelled) {
  std::vector<std::string> words;
  std::string current;
  for (std::size_t i = 0; i < spelled.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(spelled, i, &len);
    if (len == 0) break;
    if (isSpaceMark(cp) || isHyphen(cp) || cp == U'\u00AD') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current.append(spelled, i, len);
    }
    i += len;
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

namespace {

NumberVocabulary buildVocabulary(const std::string& lang, const NumberWordData& data) {
  NumberVocabulary vocabulary;
  for (const auto& [word, power] : data.scales) vocabulary.scales[word] = power;
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, icu::Locale(lang.c_str()), status);
  if (U_FAILURE(status)) return vocabulary;  // no spell-out rules for this language: figures only
  {
    icu::UnicodeString out;
    rbnf.format(-7.0, out);
    const std::vector<std::string> words = spelloutWords(toUtf8(out));
    if (words.size() >= 2) vocabulary.minus = foldKey(words.front());
  }
  {
    icu::UnicodeString out;
    rbnf.format(1.0, out);
    vocabulary.one = foldKey(toUtf8(out));
  }
  std::vector<double> samples;
  for (int n = 0; n <= 100; ++n) samples.push_back(n);
  for (int n = 200; n <= 900; n += 100) samples.push_back(n);
  // Past a hundred and a thousand, the words that join the parts: English verbose "one hundred and twenty",
  // Spanish "ciento veinte" (cien alone below).
  for (double n : {1e3, 2e3, 5e3, 101.0, 120.0, 1001.0, 1020.0}) samples.push_back(n);
  for (int32_t i = 0; i < rbnf.getNumberOfRuleSetNames(); ++i) {
    const icu::UnicodeString name = rbnf.getRuleSetName(i);
    if (name.indexOf(u"year") >= 0) continue;  // years are read as figures
    if (name.indexOf(u"ordinal") >= 0) {       // ninth, neuvième: ordinals, compared with ordinals only
      for (int n = 1; n <= 100; ++n) {
        icu::UnicodeString out;
        status = U_ZERO_ERROR;
        icu::FieldPosition position;
        rbnf.format(static_cast<double>(n), name, out, position, status);
        if (U_FAILURE(status)) continue;
        std::string key;
        for (const std::string& word : spelloutWords(toUtf8(out))) {
          if (!key.empty()) key += ' ';
          key += foldKey(word);
        }
        vocabulary.ordinals.emplace(key, n);
      }
      continue;
    }
    for (double n : samples) {
      icu::UnicodeString out;
      status = U_ZERO_ERROR;
      icu::FieldPosition position;
      rbnf.format(n, name, out, position, status);
      if (U_FAILURE(status)) continue;
      for (const std::string& word : spelloutWords(toUtf8(out))) vocabulary.words.insert(foldKey(word));
    }
    // Scale words: the last word of 1, 2 and 5 × 10^p when it is a word of its own ("thousand", "millions";
    // not German "zweitausend").
    for (int power : {3, 6, 9, 12}) {
      for (double k : {1.0, 2.0, 5.0}) {
        icu::UnicodeString out;
        status = U_ZERO_ERROR;
        icu::FieldPosition position;
        rbnf.format(k * std::pow(10.0, power), name, out, position, status);
        if (U_FAILURE(status)) continue;
        const std::vector<std::string> words = spelloutWords(toUtf8(out));
        if (words.size() < 2) continue;
        vocabulary.scales.emplace(foldKey(words.back()), power);
        for (const std::string& word : words) vocabulary.words.insert(foldKey(word));
      }
    }
  }
  return vocabulary;
}

const NumberVocabulary& vocabularyFor(const std::string& lang, const NumberWordData& data) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<NumberVocabulary>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(lang);
  if (it == cache.end())
    it = cache.emplace(lang, std::make_unique<NumberVocabulary>(buildVocabulary(lang, data))).first;
  return *it->second;
}

// A word of the text: a maximal run of letters (and combining marks, via isLetter on precomposed text).
struct TextWord {
  TextRange range;
  std::string key;  // foldKey
};

std::vector<TextWord> wordsIn(std::string_view text, TextRange range) {
  std::vector<TextWord> words;
  std::size_t i = range.begin;
  while (i < range.end) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, i, &len);
    if (len == 0) break;
    if (!isLetter(cp)) {
      i += len;
      continue;
    }
    const std::size_t begin = i;
    while (i < range.end) {
      const char32_t c = codePointAt(text, i, &len);
      if (len == 0 || !isLetter(c)) break;
      i += len;
    }
    words.push_back({{begin, i}, foldKey(text.substr(begin, i - begin))});
  }
  return words;
}

// Only a space or a hyphen between two words of one spelled-out number ("twenty one", "soixante-dix").
bool joinedAsNumber(std::string_view text, const TextWord& a, const TextWord& b) {
  if (b.range.begin <= a.range.end) return false;
  const std::string_view gap = text.substr(a.range.end, b.range.begin - a.range.end);
  std::size_t len = 0;
  const char32_t cp = codePointAt(gap, 0, &len);
  return len == gap.size() && (isSpaceMark(cp) || isHyphen(cp));
}

// ICU's strict parse still accepts other grouping marks as equivalents ("1.200" in French, "1 500" in
// English), so a figure is well-formed only if its marks are the locale's own grouping and decimal symbols.
struct LocaleMarks {
  bool known = false;  ///< false when ICU has no symbols for the locale
  UChar32 grouping = 0;
  UChar32 decimal = 0;
};

// Loading a locale's DecimalFormatSymbols cost more than reading every figure of a pair: once per thread.
const LocaleMarks& localeMarks(const std::string& lang) {
  thread_local std::map<std::string, LocaleMarks, std::less<>> marks;
  if (const auto known = marks.find(lang); known != marks.end()) return known->second;
  LocaleMarks found;
  UErrorCode status = U_ZERO_ERROR;
  const icu::DecimalFormatSymbols symbols(icu::Locale(lang.c_str()), status);
  if (U_SUCCESS(status)) {
    found.known = true;
    found.grouping = symbols.getConstSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol).char32At(0);
    found.decimal = symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol).char32At(0);
  }
  return marks.emplace(lang, found).first->second;
}

bool usesLocaleMarks(std::string_view figure, const std::string& lang) {
  const LocaleMarks& marks = localeMarks(lang);
  if (!marks.known) return true;
  const UChar32 grouping = marks.grouping;
  const UChar32 decimal = marks.decimal;
  for (std::size_t i = 0; i < figure.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(figure, i, &len);
    if (len == 0) break;
    i += len;
    if (isDigit(cp) || static_cast<UChar32>(cp) == decimal || static_cast<UChar32>(cp) == grouping) continue;
    if (isSpaceMark(cp) && isSpaceMark(static_cast<char32_t>(grouping))) continue;  // space, NBSP or NNBSP
    if ((cp == U'\'' || cp == U'’') && (grouping == U'\'' || grouping == U'’')) continue;
    return false;
  }
  return true;
}

// Digits with one decimal point and other than three digits after it: "1.5", "3.25", "1234.5"; not "1.500",
// which reads as a thousand five hundred wherever the point groups thousands.
bool isPointDecimal(std::string_view figure) {
  const std::size_t point = figure.find('.');
  if (point == 0 || point == std::string_view::npos || figure.find('.', point + 1) != std::string_view::npos)
    return false;
  const std::size_t after = figure.size() - point - 1;
  if (after == 0 || after == 3) return false;
  return std::all_of(figure.begin(), figure.end(), [](char c) { return c == '.' || (c >= '0' && c <= '9'); });
}

// The figure without the blanks a markup reader leaves after a decoded no-break space: a character reference
// is longer than its character, which stands at the reference's first byte ("5&nbsp;000" → "5\u00A0    000").
std::string withoutMaskPadding(std::string_view figure) {
  if (isAscii(figure)) return std::string(figure);  // nearly every figure: no no-break space, no padding
  std::string out;
  bool after_mark = false;
  for (std::size_t i = 0; i < figure.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(figure, i, &len);
    if (len == 0) break;
    if (!(after_mark && cp == U' ')) {
      out.append(figure.substr(i, len));
      after_mark = cp != U' ' && isSpaceMark(cp);
    }
    i += len;
  }
  return out;
}

// The figure with its space marks taken out: "10 000" → "10000".
std::string withoutSpaceMarks(std::string_view figure) {
  std::string out;
  for (std::size_t i = 0; i < figure.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(figure, i, &len);
    if (len == 0) break;
    if (!isSpaceMark(cp)) out.append(figure.substr(i, len));
    i += len;
  }
  return out;
}

// What follows a figure with no space: a unit (12km, -15C) or a scale word (2.5bn; m and k only after a
// currency sign, £5m, $40k, since 100m is also a sprint). `quantity` when it is one of them and ends the
// word.
struct GluedSuffix {
  bool quantity = false;
  bool may_be_million = false;  ///< "m" with no currency sign: metres or millions
  int power = 0;                ///< the scale word's power of ten, 0 for a unit
  std::size_t end = 0;          ///< where the suffix ends
};
GluedSuffix gluedSuffix(std::string_view text, TextRange range, std::size_t begin, std::size_t end,
                        const NumberWordData& data, const NumberVocabulary& vocabulary) {
  GluedSuffix glued;
  std::size_t at = end, len = 0;
  while (at < range.end && isLetter(codePointAt(text, at, &len))) at += len;
  if (at == end || (at < range.end && isDigit(codePointAt(text, at)))) return glued;  // 5G, 4x4
  const std::string_view suffix = text.substr(end, at - end);
  glued.end = at;
  const char32_t sign = codePointBefore(text, begin);
  if (u_charType(static_cast<UChar32>(sign)) == U_CURRENCY_SYMBOL && (suffix == "m" || suffix == "k")) {
    glued.quantity = true;
    glued.power = suffix == "m" ? 6 : 3;
  } else if (const auto scale = vocabulary.scales.find(foldKey(suffix)); scale != vocabulary.scales.end()) {
    glued.quantity = true;
    glued.power = scale->second;
  } else {
    glued.quantity = data.units.count(suffix) > 0;
    glued.may_be_million = suffix == "m";
  }
  return glued;
}

}  // namespace

bool sameFigureText(std::string_view a, std::string_view b) {
  auto normalised = [](std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      std::size_t len = 0;
      const char32_t cp = codePointAt(text, i, &len);
      if (len == 0) break;
      out += isSpaceMark(cp) ? std::string(" ") : std::string(text.substr(i, len));
      i += len;
    }
    return out;
  };
  return !a.empty() && normalised(a) == normalised(b);
}

bool sameNumber(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a)); }

NumberExtractor::NumberExtractor(const std::string& lang, const DictionarySet& dictionaries)
    : lang_(lang),
      function_words_(dictionaries.functionWords(lang)),
      number_words_(dictionaries.numberWords(lang)),
      vocabulary_(vocabularyFor(primaryLanguage(lang), dictionaries.numberWords(lang))),
      unit_words_(UnitWords::forLanguage(primaryLanguage(lang), dictionaries.functionWords(lang))) {}

std::optional<double> NumberExtractor::parseFigureCached(std::string_view figure,
                                                         const std::string& lang) const {
  // One strict format per locale and thread: creating one cost more than the parses of a whole pair.
  thread_local std::map<std::string, std::unique_ptr<icu::NumberFormat>, std::less<>> figure_formats;
  auto it = figure_formats.find(lang);
  if (it == figure_formats.end()) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> format(
        icu::NumberFormat::createInstance(icu::Locale(lang.c_str()), status));
    checkIcu(status, "NumberFormat::createInstance");
    format->setLenient(false);
    it = figure_formats.emplace(lang, std::move(format)).first;
  }
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(figure);
  icu::Formattable result;
  icu::ParsePosition position(0);
  it->second->parse(text, result, position);
  if (position.getIndex() != text.length() || position.getErrorIndex() >= 0) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const double value = result.getDouble(status);
  if (U_FAILURE(status)) return std::nullopt;
  return value;
}

std::optional<double> NumberExtractor::parseFigure(std::string_view figure, const std::string& lang) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberFormat> format(
      icu::NumberFormat::createInstance(icu::Locale(lang.c_str()), status));
  checkIcu(status, "NumberFormat::createInstance");
  format->setLenient(false);  // strict: grouping must be in threes, marks must be the locale's
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(figure);
  icu::Formattable result;
  icu::ParsePosition position(0);
  format->parse(text, result, position);
  if (position.getIndex() != text.length() || position.getErrorIndex() >= 0) return std::nullopt;
  status = U_ZERO_ERROR;
  const double value = result.getDouble(status);
  if (U_FAILURE(status)) return std::nullopt;
  return value;
}

std::string NumberExtractor::format(double value, bool spelled, bool grouping) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out;
  if (spelled && std::floor(value) == value) {
    icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, icu::Locale(lang_.c_str()), status);
    if (U_SUCCESS(status)) {
      rbnf.format(value, out);
      return toUtf8(out);
    }
    status = U_ZERO_ERROR;
  }
  return localeFigure(lang_, value, false, grouping);
}

std::string NumberExtractor::formatOrdinalLike(double value, const NumberMention& model,
                                               std::string_view text) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat rbnf(model.spelled ? icu::URBNF_SPELLOUT : icu::URBNF_ORDINAL,
                                  icu::Locale(lang_.c_str()), status);
  if (U_FAILURE(status)) return format(value, false, false);
  const std::string written = foldKey(model.range.in(text));
  std::optional<icu::UnicodeString> chosen;  // the rule set that writes the model as it is written
  for (int32_t i = 0; i < rbnf.getNumberOfRuleSetNames(); ++i) {
    const icu::UnicodeString name = rbnf.getRuleSetName(i);
    if (model.spelled && name.indexOf(u"ordinal") < 0) continue;
    icu::UnicodeString out;
    icu::FieldPosition position;
    status = U_ZERO_ERROR;
    rbnf.format(model.value, name, out, position, status);
    if (U_FAILURE(status)) continue;
    if (!chosen) chosen = name;
    std::string key;
    for (const std::string& word : spelloutWords(toUtf8(out))) key += foldKey(word);
    std::string model_key;
    for (const std::string& word : spelloutWords(std::string(written))) model_key += word;
    if (key == model_key) {
      chosen = name;
      break;
    }
  }
  if (!chosen) return format(value, false, false);
  icu::UnicodeString out;
  icu::FieldPosition position;
  status = U_ZERO_ERROR;
  rbnf.format(value, *chosen, out, position, status);
  if (U_FAILURE(status)) return format(value, false, false);
  std::string result = toUtf8(out);
  if (model.spelled && isUpper(codePointAt(text, model.range.begin))) result = upperFirst(result);
  return result;
}

std::optional<std::string> NumberExtractor::unitNameFor(const std::set<std::string>& meanings,
                                                        double value) const {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::PluralRules> rules(
      icu::PluralRules::forLocale(icu::Locale(lang_.c_str()), status));
  if (U_FAILURE(status)) return std::nullopt;
  const std::string category = toUtf8(rules->select(value));
  for (const std::string& meaning : meanings)
    if (auto name = unit_words_.write(meaning, category)) return name;
  return std::nullopt;
}

std::string localeFigure(const std::string& lang, double value, bool percent, bool grouping,
                         int min_fraction) {
  namespace number = icu::number;
  auto formatter = number::NumberFormatter::withLocale(icu::Locale(lang.c_str()))
                       .precision(number::Precision::minMaxFraction(min_fraction, std::max(min_fraction, 6)));
  if (!grouping) formatter = formatter.grouping(UNUM_GROUPING_OFF);
  if (percent) formatter = formatter.unit(icu::MeasureUnit::getPercent());
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString out = formatter.formatDouble(value, status).toString(status);
  checkIcu(status, "NumberFormatter::formatDouble");
  return toUtf8(out);
}

std::vector<NumberMention> NumberExtractor::extract(std::string_view text, TextRange range) const {
  std::vector<NumberMention> mentions;
  const std::vector<TextWord> words = wordsIn(text, range);

  // The scale word ("million", "Mio.") right after a figure, one space away, or one hyphen in a compound
  // adjective ("the 7.5-million-tonne average", "a $2-billion deal"); returns its end and power.
  auto scaleAfter = [&](std::size_t end) -> std::optional<std::pair<std::size_t, int>> {
    std::size_t len = 0;
    std::size_t at = end;
    if (at < range.end && (isSpaceMark(codePointAt(text, at, &len)) || isHyphen(codePointAt(text, at, &len))))
      at += len;
    for (const TextWord& word : words) {
      if (word.range.begin != at) continue;
      if (word.range.end < range.end && text[word.range.end] == '.') {
        const auto dotted = vocabulary_.scales.find(word.key + ".");
        if (dotted != vocabulary_.scales.end()) return std::make_pair(word.range.end + 1, dotted->second);
      }
      const auto it = vocabulary_.scales.find(word.key);
      if (it != vocabulary_.scales.end()) return std::make_pair(word.range.end, it->second);
      return std::nullopt;
    }
    return std::nullopt;
  };

  // True when the words from `first` on are `phrase` (foldKeys), one space or hyphen apart.
  auto phraseAt = [&](std::size_t first, const std::vector<std::string>& phrase) {
    if (phrase.empty() || first + phrase.size() > words.size()) return false;
    for (std::size_t k = 0; k < phrase.size(); ++k) {
      if (words[first + k].key != phrase[k] ||
          (k > 0 && !joinedAsNumber(text, words[first + k - 1], words[first + k])))
        return false;
    }
    return true;
  };

  // True when the word right before `begin`, one space away, names the years of a decade ("années").
  auto decadeWordBefore = [&](std::size_t begin) {
    std::size_t len = 0;
    if (begin <= range.begin || !isSpaceMark(codePointBefore(text, begin, &len))) return false;
    const std::size_t word_end = begin - len;
    return std::any_of(words.begin(), words.end(), [&](const TextWord& word) {
      return word.range.end == word_end && number_words_.decade_words.count(word.key) > 0;
    });
  };

  // A percent sign in words starting at `at` ("pour cent"); returns its end.
  auto percentWordsAt = [&](std::size_t at) -> std::optional<std::size_t> {
    std::size_t first = 0;
    while (first < words.size() && words[first].range.begin < at) ++first;
    if (first == words.size() || words[first].range.begin != at) return std::nullopt;
    for (const std::vector<std::string>& phrase : number_words_.percent_words)
      if (phraseAt(first, phrase)) return words[first + phrase.size() - 1].range.end;
    return std::nullopt;
  };

  // The language's ordinal suffix right after a figure ending at `end` ("rd", "e", ".º"), written exactly
  // and ending the word; returns its end. A bare period ("3.") counts only where German grammar makes it an
  // ordinal: before a lower-case word or a month ("am 3. März"), not at the end of a sentence.
  auto ordinalSuffixAt = [&](std::size_t end) -> std::optional<std::size_t> {
    std::optional<std::size_t> best;
    for (const std::string& suffix : number_words_.ordinal_suffixes) {
      const std::size_t stop = end + suffix.size();
      if (stop > range.end || text.compare(end, suffix.size(), suffix) != 0) continue;
      if (stop < range.end && (isLetter(codePointAt(text, stop)) || isDigit(codePointAt(text, stop))))
        continue;
      if (suffix == ".") {
        std::size_t len = 0;
        if (stop >= range.end || !isSpaceMark(codePointAt(text, stop, &len))) continue;
        const auto next = std::find_if(words.begin(), words.end(),
                                       [&](const TextWord& w) { return w.range.begin == stop + len; });
        if (next == words.end()) continue;
        const std::string_view word = next->range.in(text);
        if (!u_islower(static_cast<UChar32>(codePointAt(word, 0))) &&
            !CalendarWords::forLanguage(primaryLanguage(lang_)).isMonth(word))
          continue;
      }
      if (!best || stop > *best) best = stop;
    }
    return best;
  };
  // A figure of at most three digits, then a bare period and a capitalised word ("als 103. Regierungschef",
  // "Es waren 103. Dann"): German writes an ordinal before a noun so, and a sentence ends so too. Returns the
  // range with the period, for the comparison to read it as an ordinal only where the other side has one.
  auto periodBeforeCapitalAt = [&](std::size_t begin, std::size_t end) -> std::optional<TextRange> {
    const bool bare_period =
        std::find(number_words_.ordinal_suffixes.begin(), number_words_.ordinal_suffixes.end(), ".") !=
        number_words_.ordinal_suffixes.end();
    if (!bare_period || end - begin > 3 || end + 2 > range.end || text[end] != '.') return std::nullopt;
    for (std::size_t at = begin; at < end; ++at)
      if (text[at] < '0' || text[at] > '9') return std::nullopt;
    std::size_t len = 0;
    if (!isSpaceMark(codePointAt(text, end + 1, &len))) return std::nullopt;
    const std::size_t next = end + 1 + len;
    if (next >= range.end || !u_isupper(static_cast<UChar32>(codePointAt(text, next)))) return std::nullopt;
    return TextRange{begin, end + 1};
  };

  // The unit or currency word after a mention, one space away ("1,5 метра"), or after its scale word and the
  // language's connector ("90 millions de dollars", "2 millions d’euros").
  auto unitAfter = [&](NumberMention& mention) {
    auto wordAt = [&](std::size_t at) -> const TextWord* {
      std::size_t len = 0;
      // One space, or the hyphen of a compound adjective ("a 30-foot wave", "the 26.2-mile race").
      if (at < range.end &&
          (isSpaceMark(codePointAt(text, at, &len)) || isHyphen(codePointAt(text, at, &len))))
        at += len;
      if (at < range.end && codePointAt(text, at, &len) == U'°') at += len;  // a temperature scale: "-13 °C"
      const auto it =
          std::find_if(words.begin(), words.end(), [&](const TextWord& w) { return w.range.begin == at; });
      return it == words.end() ? nullptr : &*it;
    };
    const TextWord* word = wordAt(mention.range.end);
    if (word && mention.scale_power > 0 &&
        std::find(number_words_.unit_connectors.begin(), number_words_.unit_connectors.end(), word->key) !=
            number_words_.unit_connectors.end()) {
      std::size_t at = word->range.end, len = 0;
      const char32_t gap = codePointAt(text, at, &len);
      word = gap == U'\'' || gap == U'’' ? wordAt(at + len) : wordAt(at);
    }
    if (!word) return;
    if (const std::set<std::string>* meanings = unit_words_.meanings(word->key)) {
      mention.unit = word->range;
      mention.unit_meanings = *meanings;
      // "degrees Fahrenheit": the next word picks one of the units "degrees" may name.
      if (const TextWord* next = wordAt(word->range.end))
        if (const std::set<std::string>* narrowed = unit_words_.narrowing(next->key)) {
          std::set<std::string> both;
          std::set_intersection(meanings->begin(), meanings->end(), narrowed->begin(), narrowed->end(),
                                std::inserter(both, both.end()));
          if (!both.empty()) mention.unit_meanings = std::move(both);
        }
    }
  };

  // A temperature below zero: "-13 °C", "−5 degrees". Only a temperature is read with its sign, where a dash
  // before a figure otherwise joins a range or a compound ("10-12", "F-16").
  auto negateTemperature = [&](NumberMention& mention) {
    if (!mention.unit_meanings.contains("unit:celsius") && !mention.unit_meanings.contains("unit:fahrenheit"))
      return;
    const char32_t sign = codePointBefore(text, mention.range.begin);
    // In words ("minus 35 degrees", "минус 35 градусов": the word ICU's spell-out writes before a negative
    // number) the figure may be read either way.
    const auto word = std::find_if(words.begin(), words.end(), [&](const TextWord& w) {
      std::size_t len = 0;
      return w.range.end < mention.range.begin && isSpaceMark(codePointAt(text, w.range.end, &len)) &&
             w.range.end + len == mention.range.begin;
    });
    if (word != words.end() && !vocabulary_.minus.empty() && word->key == vocabulary_.minus) {
      mention.after_minus_word = true;  // also "plus ou moins 2 degrés": the value stays, both signs match
      return;
    }
    if (sign != U'-' && sign != U'\u2212') return;
    const std::size_t sign_begin =
        mention.range.begin - (sign == U'-' ? 1 : std::string_view("\u2212").size());
    if (sign_begin > range.begin && !isSpaceMark(codePointBefore(text, sign_begin))) return;
    mention.value = -mention.value;
    mention.figure_value = -mention.figure_value;
    mention.range.begin = sign_begin;
    mention.figure.begin = sign_begin;
  };

  // Times of day first: their figures ("23 h 11", "11:11 p.m.") are one mention, compared as times.
  std::vector<ClockTime> times = findClockTimes(text, range, number_words_);
  for (const ClockTime& time : times) {
    NumberMention mention;
    mention.range = mention.figure = time.range;
    mention.value = mention.figure_value = time.hour;
    // A plain figure may be either reading of the hour: "5 p.m." is also 5, "at 11:11" also 23.
    if (time.written_hour != time.hour) mention.clock_value = time.written_hour;
    if (time.other_hour) mention.clock_value = *time.other_hour;
    mention.clock = time;
    mentions.push_back(mention);
  }
  auto insideTime = [&](std::size_t at) -> std::optional<std::size_t> {
    for (const ClockTime& time : times)
      if (time.range.begin <= at && at < time.range.end) return time.range.end;
    return std::nullopt;
  };

  // Figures.
  for (std::size_t i = range.begin; i < range.end;) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, i, &len);
    if (len == 0) break;
    if (!isDigit(cp)) {
      i += len;
      continue;
    }
    if (const auto time_end = insideTime(i)) {
      i = *time_end;
      continue;
    }
    const std::size_t begin = i;
    std::size_t end = i;
    std::size_t first_group_digits = 0;
    bool space_grouped = false;
    auto digitsAt = [&](std::size_t at) {
      std::size_t n = 0, l = 0;
      while (at < range.end && isDigit(codePointAt(text, at, &l))) {
        at += l;
        ++n;
      }
      return std::make_pair(n, at);
    };
    {
      const auto [n, at] = digitsAt(end);
      first_group_digits = n;
      end = at;
    }
    // A telephone number's groups are not thousands: a figure after the international "+" ("+49 261 9819")
    // or with a leading zero ("041 274 8787", "0261 9819 2250") is read group by group, as the other side
    // writes the same digits with or without the country code.
    const bool dialled =
        codePointBefore(text, begin) == U'+' || (first_group_digits > 1 && text[begin] == '0');
    while (end < range.end) {
      std::size_t sep_len = 0;
      const char32_t sep = codePointAt(text, end, &sep_len);
      if (sep != U' ' && isSpaceMark(sep))  // "5&nbsp;000" in markup reads "5\u00A0    000": one mark
        while (end + sep_len < range.end && text[end + sep_len] == ' ') ++sep_len;
      const auto [n, at] = digitsAt(end + sep_len);
      if (n == 0) break;
      if (isSpaceMark(sep)) {
        // A space groups thousands only between groups of three ("1 500", not "12 mars 2023 300").
        if (dialled || n != 3 || first_group_digits > 3 ||
            (end - begin > first_group_digits && !space_grouped))
          break;
        space_grouped = true;
      } else if (sep != U',' && sep != U'.' && sep != U'\'' && sep != U'’') {
        break;
      }
      end = at;
    }
    // Groups of three that run on into more digits after a space ("800 004 1300", a toll-free number;
    // "12 345 6789") are an identifier's groups, not thousands: read group by group.
    if (space_grouped && !dialled && end < range.end) {
      std::size_t sep_len = 0;
      if (isSpaceMark(codePointAt(text, end, &sep_len)) && digitsAt(end + sep_len).first > 0) {
        end = digitsAt(begin).second;
        space_grouped = false;
      }
    }
    i = end;
    // Identifiers and ordinals: a figure glued to letters (MH17, F-16, 1er, 21st, 10h30, 5km).
    std::size_t before_len = 0;
    const char32_t before = codePointBefore(text, begin, &before_len);
    const bool after_letter =
        isLetter(before) || (isHyphen(before) && isLetter(codePointBefore(text, begin - before_len)));
    const char32_t after = end < range.end ? codePointAt(text, end) : 0;
    // A decade ("the 2010s", "the 90s") is the figure with a plural s, or a round year after the language's
    // word for a decade's years ("les années 1960", "los años 1960"), which the other side may write without
    // its century ("los años sesenta", "the 60s").
    const bool decade =
        (after == U's' && end - begin >= 2 && text[end - 1] == '0' &&
         (end + 1 >= range.end || !isLetter(codePointAt(text, end + 1)))) ||
        (end - begin == 4 && text[end - 1] == '0' && !isLetter(after) && decadeWordBefore(begin));
    // Fractions and dates with slashes (1/3, 12/03/2023, 24/7) are written in words or reordered.
    const bool slashed = before == U'/' || after == U'/';
    // A figure glued to a unit or a scale word (12km, -15C, 88GW, 2.5bn; £5m, $40k after a currency sign)
    // is a quantity, not an identifier.
    const GluedSuffix glued = gluedSuffix(text, range, begin, end, number_words_, vocabulary_);
    if (!after_letter && !slashed && before != U'.' && before != U',') {
      const auto ordinal_end = ordinalSuffixAt(end);
      const auto value =
          ordinal_end ? parseFigureCached(text.substr(begin, end - begin), lang_) : std::nullopt;
      if (value) {
        NumberMention mention;
        mention.figure = {begin, end};
        mention.range = {begin, *ordinal_end};
        mention.value = mention.figure_value = *value;
        mention.ordinal = true;
        mentions.push_back(mention);
        i = *ordinal_end;
        continue;
      }
    }
    if (after_letter || (isLetter(after) && !decade && !glued.quantity) || before == U'.' || before == U',' ||
        slashed)
      continue;

    NumberMention mention;
    mention.figure = {begin, end};
    mention.range = mention.figure;
    mention.decade = decade;
    // A plural figure without its century ("the 90s", "the low 100s", "in their 60s") is a decade, a band
    // of temperatures or of ages, which the other side writes in words or converts ("los noventa", "knapp 40
    // Grad", "sexagenarios"): it can match, never be reported.
    mention.weak = decade && end - begin < 4;
    if (!after_letter && !slashed && before != U'.' && before != U',')
      mention.as_ordinal = periodBeforeCapitalAt(begin, end);
    const std::string unpadded = withoutMaskPadding(text.substr(begin, end - begin));
    const std::string_view figure = unpadded;
    std::optional<double> value = parseFigureCached(figure, lang_);
    mention.well_formed = value.has_value() && usesLocaleMarks(figure, lang_);
    if (!mention.well_formed && space_grouped && number_words_.space_grouping) {
      // "10 000" where the language's norm also groups with a space (RAE, DIN 5008): correct as written.
      const std::string plain = withoutSpaceMarks(figure);
      if (const auto own = parseFigureCached(plain, lang_); own && usesLocaleMarks(plain, lang_)) {
        value = own;
        mention.well_formed = true;
      }
    }
    if (!mention.well_formed && number_words_.point_decimal && isPointDecimal(figure)) {
      // "1.5", "3.25" where the language's norm accepts a decimal point (RAE): correct as written.
      if (const auto own = parseFigureCached(figure, "en")) {
        value = own;
        mention.well_formed = true;
      }
    }
    for (const char* other : {"en", "de", "fr"}) {
      if (value) break;
      value = parseFigureCached(figure, other);
    }
    if (!value) continue;
    mention.value = mention.figure_value = *value;
    std::size_t at = end;
    if (at < range.end && isSpaceMark(codePointAt(text, at, &len))) at += len;
    if (at < range.end && text[at] == '%') {
      mention.percent = true;
      mention.range.end = at + 1;
    } else if (const auto percent_end = percentWordsAt(at)) {
      mention.percent = true;
      mention.range.end = *percent_end;
    } else if (glued.power > 0) {
      mention.value *= std::pow(10.0, glued.power);
      mention.scale_power = glued.power;
      mention.range.end = glued.end;
    } else if (glued.may_be_million) {
      mention.million_value = mention.value * 1e6;
    } else if (auto scale = scaleAfter(end)) {
      // "mil millones", "mille milliards", "thousand million": a thousand of the next scale word.
      if (scale->second == 3) {
        if (const auto next = scaleAfter(scale->first); next && next->second > 3)
          scale = std::make_pair(next->first, next->second + 3);
      }
      mention.value *= std::pow(10.0, scale->second);
      mention.scale_power = scale->second;
      mention.range.end = scale->first;
    }
    if (!mention.percent) unitAfter(mention);
    // A unit glued to the figure names what it measures too ("12km", "209lb", "6ft"), when ICU's short
    // names know it.
    if (!mention.unit && glued.quantity && glued.power == 0 && glued.end > end)
      if (const auto* meanings = unit_words_.meanings(foldKey(text.substr(end, glued.end - end)))) {
        mention.unit = TextRange{end, glued.end};
        mention.unit_meanings = *meanings;
      }
    negateTemperature(mention);
    mentions.push_back(mention);
  }

  // Spelled-out numbers.
  constexpr std::size_t kMaxWords = 6;
  auto consumed = [&](const TextWord& word) {
    for (const NumberMention& m : mentions)
      if (m.range.overlaps(word.range)) return true;
    return false;
  };
  // The ordinal ICU spells with the longest run of words from `w` ("twenty-first", "vingt et unième").
  auto ordinalWordsAt = [&](std::size_t w) -> std::optional<std::pair<std::size_t, double>> {
    std::vector<std::string> keys{words[w].key};
    for (std::size_t k = w + 1;
         k < words.size() && keys.size() < kMaxWords && joinedAsNumber(text, words[k - 1], words[k]); ++k) {
      std::string key = keys.back();
      key += ' ';
      key += words[k].key;
      keys.push_back(std::move(key));
    }
    for (std::size_t n = keys.size(); n > 0; --n)
      if (const auto it = vocabulary_.ordinals.find(keys[n - 1]); it != vocabulary_.ordinals.end())
        return std::make_pair(w + n, it->second);
    return std::nullopt;
  };
  SpelledNumberParser* const spelled = SpelledNumberParser::forThisThread(lang_);
  for (std::size_t w = 0; w < words.size() && spelled != nullptr;) {
    if (consumed(words[w])) {
      ++w;
      continue;
    }
    // A word that carries a quantity spell-out cannot parse ("both", "beide", "a dozen"): it can match a
    // number, never be missing ("both France and Germany" is no count).
    const auto quantity =
        std::find_if(number_words_.quantity_words.begin(), number_words_.quantity_words.end(),
                     [&](const auto& entry) { return phraseAt(w, entry.first); });
    if (quantity != number_words_.quantity_words.end()) {
      NumberMention mention;
      mention.range =
          mention.figure = {words[w].range.begin, words[w + quantity->first.size() - 1].range.end};
      mention.value = mention.figure_value = quantity->second;
      mention.spelled = mention.weak = true;
      mentions.push_back(mention);
      w += quantity->first.size();
      continue;
    }
    if (const auto ordinal = ordinalWordsAt(w)) {
      NumberMention mention;
      mention.range = mention.figure = {words[w].range.begin, words[ordinal->first - 1].range.end};
      mention.value = mention.figure_value = ordinal->second;
      mention.spelled = mention.ordinal = true;
      mention.weak = sameNumber(ordinal->second, 1.0);  // first, premier: also "prime" (Premier ministre)
      mentions.push_back(mention);
      w = ordinal->first;
      continue;
    }
    if (const auto scale = vocabulary_.scales.find(words[w].key); scale != vocabulary_.scales.end()) {
      // A scale word on its own ("a million", "des millions de"): it can match, never be missing.
      NumberMention mention;
      mention.range = mention.figure = words[w].range;
      mention.value = std::pow(10.0, scale->second);
      mention.spelled = mention.weak = true;
      mentions.push_back(mention);
      ++w;
      continue;
    }
    // "a hundred and twenty million": the article is ICU's "one", when a multiplier and more words follow.
    const bool article_one = number_words_.one_articles.count(words[w].key) && !vocabulary_.one.empty() &&
                             w + 1 < words.size() && vocabulary_.words.count(words[w + 1].key) &&
                             joinedAsNumber(text, words[w], words[w + 1]);
    if (!vocabulary_.words.count(words[w].key) && !article_one) {
      ++w;
      continue;
    }
    // Not the tail of a hyphenated identifier or a word glued to a figure ("Su-twenty" never; "F-one").
    std::size_t last = w;
    while (last + 1 < words.size() && last + 1 - w < kMaxWords &&
           vocabulary_.words.count(words[last + 1].key) && joinedAsNumber(text, words[last], words[last + 1]))
      ++last;
    bool found = false;
    // With the article, only a run past its multiplier ("a hundred and twenty", "a hundred thousand"): "a
    // hundred", "a million" alone stay what they were (a scale word, weak).
    const std::size_t shortest = article_one ? w + 3 : w + 1;
    for (std::size_t end = last + 1; end >= shortest && !found; --end) {  // shortest > w
      const TextRange span{words[w].range.begin, words[end - 1].range.end};
      const std::optional<double> value =
          article_one
              ? spelled->parse(vocabulary_.one + ' ' +
                               foldKey(text.substr(words[w + 1].range.begin,
                                                   words[end - 1].range.end - words[w + 1].range.begin)))
              : spelled->parse(foldKey(span.in(text)));
      if (!value) continue;
      NumberMention mention;
      mention.figure = span;
      mention.range = span;
      mention.value = mention.figure_value = *value;
      mention.spelled = true;
      mention.weak = sameNumber(*value, 1.0);
      if (const auto scale = vocabulary_.scales.find(words[end - 1].key); scale != vocabulary_.scales.end())
        mention.scale_power = scale->second;
      if (end - w == 1 && number_words_.homographs.count(words[w].key)) {
        // A homograph counts only before a plural noun: "neuf localités", not "un char neuf".
        bool before_plural = false;
        if (end < words.size() && joinedAsNumber(text, words[end - 1], words[end]) &&
            !function_words_.contains(words[end].key)) {
          for (const std::string& suffix : number_words_.plural_suffixes) {
            const std::string& next = words[end].key;
            before_plural =
                before_plural || (next.size() > suffix.size() &&
                                  next.compare(next.size() - suffix.size(), suffix.size(), suffix) == 0);
          }
        }
        mention.weak = !before_plural;
      }
      const bool word_follows = end < words.size() && joinedAsNumber(text, words[end - 1], words[end]);
      if (auto percent_end = word_follows ? percentWordsAt(words[end].range.begin) : std::nullopt) {
        mention.percent = true;
        mention.range.end = *percent_end;
      }
      mentions.push_back(mention);
      w = end;
      found = true;
    }
    if (!found) ++w;
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const NumberMention& a, const NumberMention& b) { return a.range.begin < b.range.begin; });

  // Only a dash ("2-3 billion") or one of the language's range words ("to", "à", "bis", "y") between two
  // mentions.
  auto rangeJoined = [&](std::size_t from, std::size_t to) {
    std::size_t len = 0;
    std::vector<std::size_t> inside;
    for (std::size_t k = 0; k < words.size(); ++k)
      if (words[k].range.begin >= from && words[k].range.end <= to) inside.push_back(k);
    std::size_t dashes = 0;
    for (std::size_t at = from; at < to; at += len) {
      const char32_t cp = codePointAt(text, at, &len);
      if (len == 0) return false;
      if (isHyphen(cp) || cp == U'–' || cp == U'—')
        ++dashes;
      else if (!isSpaceMark(cp) && !isLetter(cp))
        return false;
    }
    if (inside.empty()) return dashes == 1;
    return dashes == 0 && std::any_of(number_words_.range_joiners.begin(), number_words_.range_joiners.end(),
                                      [&](const std::vector<std::string>& joiner) {
                                        return joiner.size() == inside.size() &&
                                               phraseAt(inside.front(), joiner);
                                      });
  };
  // A range whose ends share one scale word: "2 to 3 billion" is 2 billion to 3 billion, as "de 2 à 3
  // milliards", "zwischen 2 und 3 Millionen", "entre 2 y 3 millones" (a range rises, so the first end is the
  // smaller figure).
  for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
    NumberMention& first = mentions[k];
    const NumberMention& second = mentions[k + 1];
    if (first.scale_power != 0 || second.scale_power == 0 || first.percent || first.clock || first.ordinal ||
        second.clock || second.ordinal)
      continue;
    const double scale = std::pow(10.0, second.scale_power);
    if (first.value <= 0 || first.value >= second.value / scale) continue;
    if (!rangeJoined(first.range.end, second.range.begin)) continue;
    first.value *= scale;
    first.scale_power = second.scale_power;
  }
  // A span of years with the century left off the second ("2022-23", "1914–18", a 2023-24 season):
  // the second end is that year of the first's century, as a target writing "2022-2023" or "2022 bis 2023"
  // reads it.
  for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
    const NumberMention& first = mentions[k];
    NumberMention& second = mentions[k + 1];
    if (first.spelled || second.spelled || first.percent || second.percent || first.scale_power != 0 ||
        second.scale_power != 0 || first.figure.size() != 4 || second.figure.size() != 2 ||
        first.value < 1000 || first.value >= 3000 || second.value >= 100)
      continue;
    std::size_t len = 0;
    const char32_t joiner = codePointAt(text, first.range.end, &len);
    if (first.range.end + len != second.range.begin || !(isHyphen(joiner) || joiner == U'–')) continue;
    const double year = std::floor(first.value / 100) * 100 + second.value;
    if (year <= first.value) continue;
    second.value = year;
    second.figure_value = year;
  }
  // A number and a half: the half phrase one space after the number ("two and a half years", "два с
  // половиной года") or after its unit ("deux ans et demi", "dos años y medio") adds 0.5; a unit after the
  // phrase is the number's ("two and a half years" = "30 mois").
  for (NumberMention& mention : mentions) {
    if (mention.clock || mention.ordinal || mention.percent || mention.scale_power != 0 ||
        mention.range.end != mention.figure.end)
      continue;
    // Numbers in words get no unit elsewhere; here the unit is looked for ("deux ans et demi").
    NumberMention with_unit = mention;
    if (!with_unit.unit) unitAfter(with_unit);
    const std::size_t after = with_unit.unit ? with_unit.unit->end : mention.range.end;
    std::size_t len = 0;
    if (after >= range.end || !isSpaceMark(codePointAt(text, after, &len))) continue;
    const auto next = std::find_if(words.begin(), words.end(),
                                   [&](const TextWord& w) { return w.range.begin == after + len; });
    if (next == words.end()) continue;
    const auto first = static_cast<std::size_t>(next - words.begin());
    for (const std::vector<std::string>& phrase : number_words_.half_phrases) {
      if (!phraseAt(first, phrase)) continue;
      mention.value += 0.5;
      mention.figure_value += 0.5;
      mention.value_past_unit = with_unit.unit.has_value();
      if (with_unit.unit && !mention.unit) {
        mention.unit = with_unit.unit;
        mention.unit_meanings = with_unit.unit_meanings;
      } else if (!mention.unit) {
        mention.range.end = mention.figure.end = words[first + phrase.size() - 1].range.end;
        unitAfter(mention);
      }
      break;
    }
  }
  // A term in years and months ("8 лет и 6 месяцев", "2 years and 6 months", "3 años y 9 meses") is also one
  // duration in years, which the other side may give as "eight and a half years" or "102 months" (the word
  // between is a one-word range joiner of the language: "and", "и", "y", "und"). Both figures stay
  // mentions: "3 Monate" → "6 months" is reported on the months.
  for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
    NumberMention& years = mentions[k];
    const NumberMention& months = mentions[k + 1];
    if (!years.unit || !months.unit || !years.unit_meanings.contains("unit:year") ||
        !months.unit_meanings.contains("unit:month") || years.value_past_unit || months.value_past_unit)
      continue;
    std::size_t between = 0;
    for (const TextWord& word : words)
      if (word.range.begin >= years.unit->end && word.range.end <= months.range.begin) ++between;
    const auto joiner = std::find_if(words.begin(), words.end(),
                                     [&](const TextWord& w) { return w.range.begin > years.unit->end; });
    if (between != 1 || joiner == words.end() ||
        std::none_of(number_words_.range_joiners.begin(), number_words_.range_joiners.end(),
                     [&](const std::vector<std::string>& j) { return j.size() == 1 && j[0] == joiner->key; }))
      continue;
    years.with_months = years.value + months.value / 12;
  }
  // A figure right after an approximation phrase, with nothing but spaces, a currency sign or the period of
  // an abbreviation between ("almost €3 billion", "more than 1,000", "ca. 300").
  for (NumberMention& mention : mentions) {
    std::size_t last = words.size();
    for (std::size_t k = 0; k < words.size() && words[k].range.end <= mention.range.begin; ++k) last = k;
    if (last == words.size()) continue;
    bool adjacent = true;
    for (std::size_t at = words[last].range.end, len = 0; at < mention.range.begin && adjacent; at += len) {
      const char32_t cp = codePointAt(text, at, &len);
      adjacent = len > 0 &&
                 (isSpaceMark(cp) || cp == U'.' || u_charType(static_cast<UChar32>(cp)) == U_CURRENCY_SYMBOL);
    }
    if (!adjacent) continue;
    // The longest phrase that ends before the figure ("just under" before "under").
    std::size_t longest = 0;
    for (std::size_t p = 0; p < number_words_.approximation_words.size(); ++p) {
      const std::vector<std::string>& phrase = number_words_.approximation_words[p];
      if (phrase.size() <= longest || phrase.size() > last + 1 || !phraseAt(last + 1 - phrase.size(), phrase))
        continue;
      longest = phrase.size();
      mention.approximate = true;
      mention.approximate_direction = number_words_.approximation_directions[p];
    }
  }
  return mentions;
}

}  // namespace concord::rules
