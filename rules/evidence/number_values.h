#pragma once

#include "rules/numbers/number_extractor.h"

namespace concord::rules {

/// A decade written with its century ("the 1990s") and the other side's decade without it ("los años
/// noventa", "les années quatre-vingt-dix", "the 90s"): 1990 and 90 name the same ten years.
bool sameDecade(const NumberMention& decade, const NumberMention& other);

/// numbers/mismatch's test that a source and a target mention give one value: the same value, a clock time
/// in either reading (5 p.m. and 17 Uhr), a decade with and without its century, a figure after a word for
/// minus, a figure in millions against its scale reading.
bool sameValue(const NumberMention& s, const NumberMention& t);

/// Whether two number mentions (of either side) may name the same quantity as a translation renders it:
/// the same value, a clock time in either reading (5 p.m. and 17 Uhr, 16.00 horas and 4 p.m.), a decade
/// with and without its century (the 1990s, los años noventa), a figure after a word for minus, a figure
/// before its scale word (1.650 millones and 1.65 billion as millions). sameValue and every other pairing
/// of the two mentions' readings, for the clause evidence, which must count as rendered whatever mismatch
/// would.
bool sameNumberValue(const NumberMention& a, const NumberMention& b);

}  // namespace concord::rules
