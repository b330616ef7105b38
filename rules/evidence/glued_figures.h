#pragma once

#include <string_view>

namespace concord::rules {

/// Whether the figure `digits` (two or more, nothing but digits) stands in `text`, even glued inside a word
/// where the number extractor does not read it: machine translation run together ("un enfermerode29años" for
/// "a 29-year-old nurse"). Digits around it, or a decimal or grouping mark before more digits, make another
/// number ("1929", "29,5").
bool gluedFigureIn(std::string_view text, std::string_view digits);

}  // namespace concord::rules
