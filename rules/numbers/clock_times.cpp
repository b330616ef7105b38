#include "rules/numbers/clock_times.h"

#include <algorithm>
#include <cstdio>
#include <string>

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

// True when the word just before `begin` (one space away) is one of `words`, ignoring case: "las" of "a las
// 9.30", "alle" of "alle 17.40".
bool wordBefore(std::string_view text, std::size_t begin, std::size_t limit,
                const std::vector<std::string>& words) {
  std::size_t len = 0;
  if (begin <= limit || !isSpaceMark(codePointBefore(text, begin, &len))) return false;
  const std::size_t word_end = begin - len;
  std::size_t word_begin = word_end;
  while (word_begin > limit && isLetter(codePointBefore(text, word_begin, &len))) word_begin -= len;
  if (word_begin == word_end) return false;
  const std::string key = foldKey(text.substr(word_begin, word_end - word_begin));
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return foldKey(word) == key; });
}

// Which of `markers` is written in `text` (ignoring case): 0 when none is (only after wordAt found one).
std::size_t markerIndex(std::string_view text, const std::vector<std::string>& markers) {
  for (std::size_t k = 0; k < markers.size(); ++k)
    if (foldKey(text) == foldKey(markers[k])) return k;
  return 0;
}

std::string twoDigits(int n) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d", n);
  return buffer;
}

bool validHour(int hour) { return hour >= 0 && hour <= 24; }
bool validMinute(const DigitRun& run) { return run.digits == 2 && run.value < 60; }

// True when a range joiner of the language and a time of day follow `end` ("9.00 a 18.00 horas", "9.00 bis
// 18.00 Uhr"): the first end of a span of hours shares the second's suffix, so "9.00" is a time too.
bool startsTimeRange(std::string_view text, std::size_t end, TextRange range, const NumberWordData& data) {
  std::vector<std::string> joiners;
  for (const std::vector<std::string>& joiner : data.range_joiners)
    if (joiner.size() == 1) joiners.push_back(joiner.front());
  const std::size_t joiner_begin = skipSpace(text, end, range.end);
  if (joiner_begin == end) return false;
  const auto joiner_end = wordAt(text, joiner_begin, range.end, joiners);
  if (!joiner_end) return false;
  const std::size_t next = skipSpace(text, *joiner_end, range.end);
  if (next == *joiner_end || next >= range.end) return false;
  const std::vector<ClockTime> after = findClockTimes(text, {next, range.end}, data);
  return !after.empty() && after.front().range.begin == next;
}

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
    time.hour_digits = {i, first.end};
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
        time.minute_digits = TextRange{end + 1, minutes.end};
        end = minutes.end;
        // H:MM is a time anywhere; H.MM only with a suffix or a marker after it (else 3.11 is a decimal), or
        // after the word that announces an hour ("a las 9.30", "alle 17.40").
        is_time = separator == U':' || wordBefore(text, i, range.begin, data.time_prefixes);
      }
    } else if (first.digits <= 2 && validHour(first.value)) {
      // "23 h 11", "23h11", "23 heures": the hour mark of the language, then perhaps the minutes.
      const std::size_t mark_begin = skipSpace(text, end, range.end);
      if (const auto mark_end = wordAt(text, mark_begin, range.end, data.hour_marks, true)) {
        time.hour = first.value;
        time.hour_mark = TextRange{mark_begin, *mark_end};
        end = *mark_end;
        is_time = true;
        const std::size_t minute_begin = skipSpace(text, end, range.end);
        const DigitRun minutes = digitsAt(text, minute_begin, range.end);
        if (validMinute(minutes)) {
          time.minute = minutes.value;
          time.minute_digits = TextRange{minute_begin, minutes.end};
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
      time.marker = TextRange{after, *pm};
      time.marker_index = markerIndex(text.substr(after, *pm - after), data.afternoon_markers);
      end = *pm;
      is_time = true;
    } else if (const auto am = wordAt(text, after, range.end, data.morning_markers);
               am && first.digits <= 2 && time.hour >= 1 && time.hour <= 12) {
      time.hour = time.hour == 12 ? 0 : time.hour;
      time.marker = TextRange{after, *am};
      time.marker_index = markerIndex(text.substr(after, *am - after), data.morning_markers);
      end = *am;
      is_time = true;
    } else if (const auto suffix = wordAt(text, after, range.end, data.time_suffixes)) {
      end = *suffix;
      is_time = true;
    } else if (is_time && time.minute && time.hour >= 1 && time.hour <= 12 &&
               !data.afternoon_markers.empty()) {
      time.other_hour = time.hour + 12;  // "at 11:11" in a language that writes p.m.: either half of the day
    }
    if (!is_time && separator == U'.' && time.minute) is_time = startsTimeRange(text, end, range, data);
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

std::string writeClockLike(std::string_view text, const ClockTime& model, const ClockTime& value,
                           const NumberWordData& data) {
  int hour = value.hour % 24;
  const int minute = value.minute.value_or(0);
  // What replaces which part of the model, in text order; an empty range inserts.
  std::vector<std::pair<TextRange, std::string>> edits;
  const std::string_view written_hour = model.hour_digits.in(text);
  if (written_hour.size() == 4) {
    std::string digits = twoDigits(hour);
    digits += twoDigits(minute);
    edits.emplace_back(model.hour_digits, digits);  // wire style: 2211 GMT
  } else {
    std::string marker;
    if (model.marker) {
      const bool afternoon = hour >= 12;
      const auto& markers = afternoon ? data.afternoon_markers : data.morning_markers;
      const std::size_t k = model.marker_index.value_or(0);
      marker = markers.empty() ? std::string(model.marker->in(text)) : markers[k < markers.size() ? k : 0];
      hour = hour % 12 == 0 ? 12 : hour % 12;
    }
    const bool padded = written_hour.size() == 2 && written_hour[0] == '0';  // 09:30
    edits.emplace_back(model.hour_digits, padded ? twoDigits(hour) : std::to_string(hour));
    if (model.minute_digits) {
      edits.emplace_back(*model.minute_digits, twoDigits(minute));
    } else if (value.minute && minute != 0) {
      if (model.hour_mark) {  // "22 h" → "23 h 11", "22h" → "23h11"
        const bool spaced = model.hour_mark->begin > model.hour_digits.end;
        std::string minutes(spaced ? " " : "");
        minutes += twoDigits(minute);
        edits.emplace_back(TextRange{model.hour_mark->end, model.hour_mark->end}, minutes);
      } else {  // "10 p.m." → "11:11 p.m.", "22 Uhr" → "23:11 Uhr"
        std::string minutes(":");
        minutes += twoDigits(minute);
        edits.emplace_back(TextRange{model.hour_digits.end, model.hour_digits.end}, minutes);
      }
    }
    if (model.marker) edits.emplace_back(*model.marker, marker);
  }
  std::sort(edits.begin(), edits.end(),
            [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  std::string out;
  std::size_t at = model.range.begin;
  for (const auto& [range, replacement] : edits) {
    out.append(text.substr(at, range.begin - at));
    out += replacement;
    at = range.end;
  }
  out.append(text.substr(at, model.range.end - at));
  return out;
}

bool sameClockTime(const ClockTime& a, const ClockTime& b) {
  const auto sameHour = [](int x, int y) { return x % 24 == y % 24; };
  const bool hour = sameHour(a.hour, b.hour) || (a.other_hour && sameHour(*a.other_hour, b.hour)) ||
                    (b.other_hour && sameHour(a.hour, *b.other_hour));
  return hour && (!a.minute || !b.minute || *a.minute == *b.minute);
}

}  // namespace concord::rules
