#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/evidence/term_match.h"

namespace concord::rules {

/// A weekday or month named in a sentence: which one (1 = Sunday … 7 = Saturday as ICU numbers weekdays;
/// 1 = January … 12 = December), and where.
struct CalendarMention {
  TextRange range;
  int index = 0;
  std::string number;  ///< the digits of the number next to a month (12 in "12 juillet"), empty otherwise
  bool abbreviated = false;  ///< a month written short, as datelines do (Feb. 17, 14 abr)
};

/// The weekday and month names of one language, from ICU's date format symbols (wide names, format and
/// stand-alone forms: Russian июля as well as июль), matched up to inflection (в среду, во вторник); and
/// the abbreviated month names of datelines (14 abr, Feb. 17), matched whole.
class CalendarWords {
 public:
  /// Built once per language and kept for the process (ICU's symbol tables are the costly part).
  static const CalendarWords& forLanguage(const std::string& lang);

  /// Weekdays named in `words`.
  std::vector<CalendarMention> weekdays(const std::vector<Word>& words) const;
  /// Months named in `words` next to a number (12 July, July 12, mai 2023): alone, English May is a verb
  /// and French mars a planet.
  std::vector<CalendarMention> months(const std::vector<Word>& words) const;

  /// True when `word` (one word as written) names a month: German "März" after "am 3." makes "3." an ordinal.
  bool isMonth(std::string_view word) const;

  /// The wide name of weekday `index` (1–7) or month `index` (1–12), as the language writes it.
  const std::string& weekdayName(int index) const { return weekday_names_[static_cast<std::size_t>(index)]; }
  const std::string& monthName(int index) const { return month_names_[static_cast<std::size_t>(index)]; }
  /// The abbreviated name of month `index` without its period (Feb, janv), or the wide name when ICU has
  /// none.
  const std::string& monthAbbreviation(int index) const {
    const std::string& name = month_short_names_[static_cast<std::size_t>(index)];
    return name.empty() ? monthName(index) : name;
  }

 private:
  explicit CalendarWords(const std::string& lang);
  std::optional<int> match(const Word& word, const std::vector<std::pair<Word, int>>& names) const;

  std::vector<std::pair<Word, int>> weekdays_, months_;
  std::vector<std::pair<Word, int>>
      month_abbreviations_;  // "abr", "Feb", "janv": matched whole, next to a number
  std::vector<std::string> weekday_names_, month_names_, month_short_names_;
  std::string lang_;
};

}  // namespace concord::rules
