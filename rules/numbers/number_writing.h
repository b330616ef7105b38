#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace concord::rules {

/// The digits a figure writes after its decimal mark in `lang` ("4.10" in English: 2; "3,5" in French: 1;
/// "1,500" in English: 0). A suggestion keeps the precision the source printed (4.10% → "4,10 %").
int fractionDigits(std::string_view figure, const std::string& lang);

/// The word `lang` writes after a figure for 10^`power` (6 → "million", "millions", "Millionen"), in the
/// grammatical number that `figure` takes (CLDR plural rules: French "1,5 milliard" but "3,2 milliards",
/// Spanish "1,5 millones"), from ICU's spell-out; nullopt when the language spells that power inside one
/// word or ICU has no spell-out.
std::optional<std::string> scaleWordFor(const std::string& lang, int power, double figure);

}  // namespace concord::rules
