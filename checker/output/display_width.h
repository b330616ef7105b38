#pragma once

#include <cstddef>
#include <string_view>

namespace concord {

/// Columns `text` takes on a terminal: East Asian wide and fullwidth characters count two, combining marks
/// none, everything else (tabs included) one. Used to put a caret under a span and to wrap text to a width.
std::size_t displayWidth(std::string_view text);

}  // namespace concord
