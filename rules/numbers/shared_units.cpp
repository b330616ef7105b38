#include "rules/numbers/shared_units.h"

#include <string>

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

const std::string kCelsius = "unit:celsius";
const std::string kFahrenheit = "unit:fahrenheit";

// True when a sentence ends between two mentions: a full stop, question or exclamation mark followed by a
// space (a decimal point has a digit after it).
bool sentenceEndsIn(std::string_view gap) {
  for (std::size_t at = 0; at < gap.size(); ++at)
    if ((gap[at] == '.' || gap[at] == '!' || gap[at] == '?' || gap[at] == ';') &&
        (at + 1 == gap.size() || gap[at + 1] == ' '))
      return true;
  return false;
}

// The figure counts something a unit may measure: not a percentage, a time, an ordinal, a decade or a word
// ("two of them").
bool mayTakeUnit(const NumberMention& mention) {
  return !mention.percent && !mention.clock && !mention.ordinal && !mention.decade && !mention.spelled;
}

}  // namespace

void carryUnitsForward(std::vector<NumberMention>& mentions, std::string_view text) {
  for (std::size_t k = 1; k < mentions.size(); ++k) {
    NumberMention& mention = mentions[k];
    const NumberMention& before = mentions[k - 1];
    if (!mention.unit_meanings.empty() || !mayTakeUnit(mention) || !mayTakeUnit(before)) continue;
    const std::set<std::string>& carried =
        before.unit_meanings.empty() ? before.implied_unit_meanings : before.unit_meanings;
    if (carried.empty() || before.range.end > mention.range.begin) continue;
    if (sentenceEndsIn(text.substr(before.range.end, mention.range.begin - before.range.end))) continue;
    mention.implied_unit_meanings = carried;
  }
}

void joinCompoundLengths(std::vector<NumberMention>& mentions, std::string_view text) {
  const std::string foot = "unit:foot", inch = "unit:inch";
  for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
    NumberMention& first = mentions[k];
    NumberMention& second = mentions[k + 1];
    if (first.unit_meanings != std::set<std::string>{foot} || !mayTakeUnit(second) || second.weak) continue;
    const bool inches = second.unit_meanings == std::set<std::string>{inch};
    const std::size_t first_end = first.unit ? std::max(first.unit->end, first.range.end) : first.range.end;
    if (first_end > second.range.begin || second.value < 0 || second.value >= 12) continue;
    // Only a space between them, and the second names its inches ("6 feet 4 inches"), not "6 feet 4 times".
    if (!inches || text.substr(first_end, second.range.begin - first_end) != " ") continue;
    first.value += second.value / 12;
    first.figure_value = first.value;
    first.range.end = second.unit->end;  // the whole height: "6 feet 4 inches"
    second.weak = true;
  }
}

void settleTemperatureScales(std::vector<std::vector<NumberMention>>& by_link) {
  const std::string* named = nullptr;  // the scale the article named last
  auto settle = [&](std::set<std::string>& meanings) {
    const bool celsius = meanings.contains(kCelsius);
    const bool fahrenheit = meanings.contains(kFahrenheit);
    if (celsius != fahrenheit) {
      named = celsius ? &kCelsius : &kFahrenheit;
    } else if (celsius && named) {
      meanings.erase(*named == kCelsius ? kFahrenheit : kCelsius);
    }
  };
  for (std::vector<NumberMention>& mentions : by_link)
    for (NumberMention& mention : mentions) {
      settle(mention.unit_meanings);
      settle(mention.implied_unit_meanings);
    }
}

}  // namespace concord::rules
