#include "rules/numbers/calendar_words.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include <unicode/dtfmtsym.h>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

bool isNumeric(const Word& word) { return !word.key.empty() && isDigit(codePointAt(word.key, 0)); }

// The number right before or after word `at` (step -1 or +1), or one short word further (12 de julio, 12th
// of July); nullptr when there is none.
const Word* numberNear(const std::vector<Word>& words, std::size_t at, int step) {
  constexpr std::size_t kShortWord = 3;
  const auto word = [&](int offset) -> const Word* {
    const auto index = static_cast<std::ptrdiff_t>(at) + offset * step;
    if (index < 0 || index >= static_cast<std::ptrdiff_t>(words.size())) return nullptr;
    return &words[static_cast<std::size_t>(index)];
  };
  const Word* near = word(1);
  if (near == nullptr) return nullptr;
  if (isNumeric(*near)) return near;
  const Word* further = word(2);
  return near->length <= kShortWord && further != nullptr && isNumeric(*further) ? further : nullptr;
}

}  // namespace

const CalendarWords& CalendarWords::forLanguage(const std::string& lang) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<CalendarWords>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(lang);
  if (it == cache.end())
    it = cache.emplace(lang, std::unique_ptr<CalendarWords>(new CalendarWords(lang))).first;
  return *it->second;
}

CalendarWords::CalendarWords(const std::string& lang)
    : weekday_names_(8), month_names_(13), month_short_names_(13), lang_(lang) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(icu::Locale(lang.c_str()), status);
  checkIcu(status, "DateFormatSymbols");
  using Symbols = icu::DateFormatSymbols;
  for (const Symbols::DtContextType context : {Symbols::FORMAT, Symbols::STANDALONE}) {
    int32_t count = 0;
    const icu::UnicodeString* days = symbols.getWeekdays(count, context, Symbols::WIDE);
    for (int32_t i = 1; i < count && i <= 7; ++i) {
      const std::string name = toUtf8(days[i]);
      if (context == Symbols::FORMAT) weekday_names_[static_cast<std::size_t>(i)] = name;
      for (const Word& w : wordsOfText(name, lang)) weekdays_.emplace_back(w, i);
    }
    const icu::UnicodeString* months = symbols.getMonths(count, context, Symbols::WIDE);
    for (int32_t i = 0; i < count && i < 12; ++i) {
      const std::string name = toUtf8(months[i]);
      if (context == Symbols::STANDALONE) month_names_[static_cast<std::size_t>(i + 1)] = name;
      for (const Word& w : wordsOfText(name, lang)) months_.emplace_back(w, i + 1);
    }
    // Datelines abbreviate the month ("14 abr", "Feb. 17", "3 janv."): the abbreviated names, without their
    // period, matched whole (they are too short to match up to inflection).
    const icu::UnicodeString* short_months = symbols.getMonths(count, context, Symbols::ABBREVIATED);
    for (int32_t i = 0; i < count && i < 12; ++i) {
      const std::vector<Word> words = wordsOfText(toUtf8(short_months[i]), lang);
      if (words.size() != 1) continue;
      if (context == Symbols::FORMAT)
        month_short_names_[static_cast<std::size_t>(i + 1)] = words.front().surface;
      const auto same_key = [&](const auto& entry) { return entry.first.key == words.front().key; };
      if (std::none_of(months_.begin(), months_.end(), same_key) &&
          std::none_of(month_abbreviations_.begin(), month_abbreviations_.end(), same_key))
        month_abbreviations_.emplace_back(words.front(), i + 1);
    }
  }
}

std::optional<int> CalendarWords::match(const Word& word,
                                        const std::vector<std::pair<Word, int>>& names) const {
  if (isNumeric(word)) return std::nullopt;
  for (const auto& [name, index] : names) {
    // Where the language capitalises the names (English, German), a lower-case word is another word:
    // "5 may be", "march on".
    if (isUpper(codePointAt(name.surface, 0)) && !isUpper(codePointAt(word.surface, 0))) continue;
    if (inflectionMatch(word, name)) return index;
  }
  return std::nullopt;
}

bool CalendarWords::isMonth(std::string_view word) const {
  const std::vector<Word> words = wordsOfText(word, lang_);
  return words.size() == 1 && match(words.front(), months_).has_value();
}

std::vector<CalendarMention> CalendarWords::weekdays(const std::vector<Word>& words) const {
  // A compound that starts with a weekday is that day too (German Freitagabend, Montagmorgen).
  constexpr std::size_t kMinCompoundHead = 5;
  std::vector<CalendarMention> found;
  for (const Word& word : words) {
    std::optional<int> index = match(word, weekdays_);
    for (std::size_t k = 0; !index && k < weekdays_.size(); ++k) {
      const Word& name = weekdays_[k].first;
      if (name.length >= kMinCompoundHead && word.key.size() > name.key.size() &&
          word.key.starts_with(name.key))
        index = weekdays_[k].second;
    }
    if (index) found.push_back({word.range, *index, {}});
  }
  return found;
}

std::vector<CalendarMention> CalendarWords::months(const std::vector<Word>& all_words) const {
  // The ordinal indicator of "1.º de mayo", "2.ª" is a word of its own after the period: the figure before
  // it is the number next to the month.
  std::vector<Word> words;
  for (const Word& word : all_words)
    if (word.surface != "º" && word.surface != "ª") words.push_back(word);
  std::vector<CalendarMention> found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word* number = numberNear(words, i, -1);
    if (number == nullptr) number = numberNear(words, i, +1);
    if (number == nullptr) continue;
    std::optional<int> index = match(words[i], months_);
    bool abbreviated = false;
    for (std::size_t k = 0; !index && k < month_abbreviations_.size(); ++k) {
      const Word& name = month_abbreviations_[k].first;
      const bool case_fits =
          !isUpper(codePointAt(name.surface, 0)) || isUpper(codePointAt(words[i].surface, 0));
      if (case_fits && words[i].key == name.key) {
        index = month_abbreviations_[k].second;
        abbreviated = true;
      }
    }
    if (index) found.push_back({words[i].range, *index, number->key, abbreviated});
  }
  return found;
}

}  // namespace concord::rules
