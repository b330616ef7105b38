#include "rules/evidence/glued_figures.h"

#include <algorithm>

namespace concord::rules {
namespace {

bool asciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool gluedFigureIn(std::string_view text, std::string_view digits) {
  if (digits.size() < 2 || !std::all_of(digits.begin(), digits.end(), asciiDigit)) return false;
  const auto partOfNumber = [&](std::size_t at, int step) {
    if (asciiDigit(text[at])) return true;
    const std::size_t next = at + static_cast<std::size_t>(step);
    return (text[at] == '.' || text[at] == ',') && next < text.size() && asciiDigit(text[next]);
  };
  for (std::size_t at = text.find(digits); at != std::string_view::npos; at = text.find(digits, at + 1)) {
    const std::size_t end = at + digits.size();
    if (at > 0 && partOfNumber(at - 1, -1)) continue;
    if (end < text.size() && partOfNumber(end, 1)) continue;
    return true;
  }
  return false;
}

}  // namespace concord::rules
