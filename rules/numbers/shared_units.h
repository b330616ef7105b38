#pragma once

#include <string_view>
#include <vector>

#include "rules/numbers/number_extractor.h"

namespace concord::rules {

/// Gives a figure without a unit the unit of the figure just before it in the same sentence, as a reader
/// carries it over: "lows fell to about 80 degrees, now stay above 90" (90 degrees), "between 30 and 60
/// centimetres" needs nothing (the range's end names it). Sets `implied_unit_meanings`; `mentions` are the
/// extractor's, in text order.
void carryUnitsForward(std::vector<NumberMention>& mentions, std::string_view text);

/// Joins a height given in feet and inches ("6 feet 4 inches") into the first mention, in feet: 6.33 feet,
/// as the other side's "1,93 m" measures it. The second mention becomes weak: it is part of the first.
void joinCompoundLengths(std::vector<NumberMention>& mentions, std::string_view text);

/// Reads a bare "degrees" ("Grad", "grados": Celsius or Fahrenheit) on the scale the article last named
/// ("110 degrees Fahrenheit … 114 degrees"), as its reader does. `by_link` holds one side's mentions link by
/// link, in the order of the text.
void settleTemperatureScales(std::vector<std::vector<NumberMention>>& by_link);

}  // namespace concord::rules
