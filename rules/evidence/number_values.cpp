#include "rules/evidence/number_values.h"

#include <cmath>

#include "rules/numbers/clock_times.h"

namespace concord::rules {
namespace {

// One reading of `a` against every reading of `b`.
bool sameReading(double a, const NumberMention& b) {
  return sameNumber(a, b.value) || sameNumber(a, b.figure_value) ||
         (b.clock_value && sameNumber(a, *b.clock_value)) ||
         (b.million_value && sameNumber(a, *b.million_value));
}

}  // namespace

bool sameDecade(const NumberMention& decade, const NumberMention& other) {
  return decade.decade && decade.value >= 1000 && other.value >= 10 && other.value < 100 &&
         sameNumber(std::fmod(decade.value, 100), other.value);
}

bool sameValue(const NumberMention& s, const NumberMention& t) {
  if (s.clock && t.clock) return sameClockTime(*s.clock, *t.clock);
  return sameNumber(s.value, t.value) ||
         ((s.after_minus_word || t.after_minus_word) && sameNumber(std::fabs(s.value), std::fabs(t.value))) ||
         (t.clock_value && sameNumber(s.value, *t.clock_value)) ||
         (s.clock_value && sameNumber(*s.clock_value, t.value)) || sameDecade(s, t) || sameDecade(t, s) ||
         (s.million_value && sameNumber(*s.million_value, t.value)) ||
         (t.million_value && sameNumber(s.value, *t.million_value));
}

bool sameNumberValue(const NumberMention& a, const NumberMention& b) {
  if (a.clock && b.clock) return sameClockTime(*a.clock, *b.clock);
  if (sameValue(a, b)) return true;
  // Every other pairing of the two mentions' readings: a figure before its scale word, a clock reading
  // against a scale reading.
  if (sameReading(a.value, b) || sameReading(a.figure_value, b)) return true;
  if (a.clock_value && sameReading(*a.clock_value, b)) return true;
  return a.million_value && sameReading(*a.million_value, b);
}

}  // namespace concord::rules
