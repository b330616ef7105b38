#pragma once

#include "rules/numbers/number_extractor.h"

namespace concord::rules {

/// Whether two number mentions (of either side) may name the same quantity as a translation renders it:
/// the same value, a clock time in either reading (5 p.m. and 17 Uhr, 16.00 horas and 4 p.m.), a decade
/// with and without its century (the 1990s, los años noventa), a figure after a word for minus, a figure
/// before its scale word (1.650 millones and 1.65 billion as millions). numbers/mismatch's comparison of
/// mentions, for the evidence that must agree with it on what counts as rendered.
bool sameNumberValue(const NumberMention& a, const NumberMention& b);

}  // namespace concord::rules
