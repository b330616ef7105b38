#include "rules/numbers/clock_times.h"

#include <unicode/uchar.h>

#include "checker/model/unicode_text.h"
#include "dictionaries/word_data.h"

namespace concord::rules {
namespace {

bool isSpaceMark(char32_t cp) { return cp == U' ' || cp == U'\u00A0' || cp == U'\u202F' || cp == U'\u2009'; }

// A run of decimal digits (any script) starting at `at`: its value, digit count and end.
struct DigitRun {
  int value = 0;
  std::size_t digits = 0;
  std::size_t end = 0;
};

DigitRun digitsAt(std::string_view text, std::size_t at, std::size_t limit) {
  DigitRun run{0, 0, at};
  std::size_t len = 0;
  while (run.end < limit && run.digits < 5 && isDigit(codePointAt(text, run.end, &len))) {
    run.value = run.value * 10 + u_charDigitValue(static_cast<UChar32>(codePointAt(text, run.end)));
    ++run.digits;
    run.end += len;
  }
  return run;
}

std::size_t skipSpace(std::string_view text, std::size_t at, std::size_t limit) {
  std::size_t len = 0;
  if (at < limit && isSpaceMark(codePointAt(text, at, &len))) at += len;
  return at;
}

// One of `words` written at `at` (ignoring case) and not followed by a letter (nor a digit unless
// `digit_may_follow`: "6h05"); returns its end.
std::optional<std::size_t> wordAt(std::string_view text, std::size_t at, std::size_t limit,
                                  const std::vector<std::string>& words, bool digit_may_follow = false) {
  std::optional<std::size_t> best;
  for (const std::string& word : words) {
    const std::size_t end = at + word.size();
    if (end > limit || foldKey(text.substr(at, word.size())) != foldKey(word)) continue;
    if (end < limit &&
        (isLetter(codePointAt(text, end)) || (!digit_may_follow && isDigit(codePointAt(text, end)))))
      continue;
    if (!best || end > *best) best = end;  // the longest: "heures" rather than "h"
  }
  return best;
}

bool validHour(int hour) { return hour >= 0 && hour <= 24; }
bool validMinute(const DigitRun& run) { return run.digits == 2 && run.value < 60; }

}  // namespace

std::vector<ClockTime> findClockTimes(std::string_view text, TextRange range, const NumberWordData& data) {
  std::vector<ClockTime> times;
  for (std::size_t i = range.begin; i < range.end;) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, i, &len);
    if (len == 0) break;
    const char32_t before = i > range.begin ? codePointBefore(text, i) : U' ';
    if (!isDigit(cp) || isDigit(before) || isLetter(before) || before == U'.' || before == U',' ||
        before == U':') {
      i += std::max<std::size_t>(len, 1);
      continue;
    }
    const DigitRun first = digitsAt(text, i, range.end);
    ClockTime time;
    time.range.begin = i;
    std::size_t end = first.end;
    bool is_time = false;
    const char32_t separator = end < range.end ? codePointAt(text, end) : 0;
    if (first.digits <= 2 && validHour(first.value) && (separator == U':' || separator == U'.')) {
      const DigitRun minutes = digitsAt(text, end + 1, range.end);
      const bool glued = minutes.end < range.end && (isDigit(codePointAt(text, minutes.end)) ||
                                                     isLetter(codePointAt(text, minutes.end)));
      if (validMinute(minutes) && !glued) {
        time.hour = first.value;
        time.minute = minutes.value;
        end = minutes.end;
        // H:MM is a time anywhere; H.MM only with a suffix or a marker after it (else 3.11 is a decimal).
        is_time = separator == U':';
      }
    } else if (first.digits <= 2 && validHour(first.value)) {
      // "23 h 11", "23h11", "23 heures": the hour mark of the language, then perhaps the minutes.
      if (const auto mark_end =
              wordAt(text, skipSpace(text, end, range.end), range.end, data.hour_marks, true)) {
        time.hour = first.value;
        end = *mark_end;
        is_time = true;
        const DigitRun minutes = digitsAt(text, skipSpace(text, end, range.end), range.end);
        if (validMinute(minutes)) {
          time.minute = minutes.value;
          end = minutes.end;
        }
      } else {
        time.hour = first.value;  // "4 p.m.", "23 Uhr": decided by what follows
      }
    } else if (first.digits == 4 && validHour(first.value / 100) && first.value % 100 < 60) {
      time.hour = first.value / 100;  // "2211 GMT": wire style, only with a time suffix
      time.minute = first.value % 100;
    } else {
      i = first.end;
      continue;
    }

    const std::size_t after = skipSpace(text, end, range.end);
    if (const auto pm = wordAt(text, after, range.end, data.afternoon_markers);
        pm && first.digits <= 2 && time.hour >= 1 && time.hour <= 12) {
      time.hour = time.hour == 12 ? 12 : time.hour + 12;
      end = *pm;
      is_time = true;
    } else if (const auto am = wordAt(text, after, range.end, data.morning_markers);
               am && first.digits <= 2 && time.hour >= 1 && time.hour <= 12) {
      time.hour = time.hour == 12 ? 0 : time.hour;
      end = *am;
      is_time = true;
    } else if (const auto suffix = wordAt(text, after, range.end, data.time_suffixes)) {
      end = *suffix;
      is_time = true;
    } else if (is_time && time.minute && time.hour >= 1 && time.hour <= 12 &&
               !data.afternoon_markers.empty()) {
      time.other_hour = time.hour + 12;  // "at 11:11" in a language that writes p.m.: either half of the day
    }
    if (first.digits == 4 && !is_time) {
      i = first.end;
      continue;
    }
    if (is_time) {
      time.written_hour = first.digits == 4 ? time.hour : first.value;
      time.range.end = end;
      times.push_back(time);
      i = end;
    } else {
      i = first.end;
    }
  }
  return times;
}

bool sameClockTime(const ClockTime& a, const ClockTime& b) {
  const auto sameHour = [](int x, int y) { return x % 24 == y % 24; };
  const bool hour = sameHour(a.hour, b.hour) || (a.other_hour && sameHour(*a.other_hour, b.hour)) ||
                    (b.other_hour && sameHour(a.hour, *b.other_hour));
  return hour && (!a.minute || !b.minute || *a.minute == *b.minute);
}

}  // namespace concord::rules
