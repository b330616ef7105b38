#include "rules/evidence/number_values.h"

#include <cmath>

#include "rules/numbers/clock_times.h"

namespace concord::rules {
namespace {

// A decade written with its century ("the 1990s") and the other side's without it ("los años noventa",
// "the 90s"): 1990 and 90 name the same ten years.
bool sameDecade(const NumberMention& decade, const NumberMention& other) {
  return decade.decade && decade.value >= 1000 && other.value >= 10 && other.value < 100 &&
         sameNumber(std::fmod(decade.value, 100), other.value);
}

// One reading of `a` against every reading of `b`.
bool sameReading(double a, const NumberMention& b) {
  return sameNumber(a, b.value) || sameNumber(a, b.figure_value) ||
         (b.clock_value && sameNumber(a, *b.clock_value)) ||
         (b.million_value && sameNumber(a, *b.million_value));
}

}  // namespace

bool sameNumberValue(const NumberMention& a, const NumberMention& b) {
  if (a.clock && b.clock) return sameClockTime(*a.clock, *b.clock);
  if (sameReading(a.value, b) || sameReading(a.figure_value, b)) return true;
  if (a.clock_value && sameReading(*a.clock_value, b)) return true;
  if (a.million_value && sameReading(*a.million_value, b)) return true;
  return ((a.after_minus_word || b.after_minus_word) && sameNumber(std::fabs(a.value), std::fabs(b.value))) ||
         sameDecade(a, b) || sameDecade(b, a);
}

}  // namespace concord::rules
