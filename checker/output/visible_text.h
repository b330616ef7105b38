#pragma once

#include <string>
#include <string_view>

namespace concord {

/// `text` safe to print on a terminal or to put in XML: C0 control characters (ESC, BEL, a lone CR …) and DEL
/// become their Unicode control pictures (ESC → ␛ U+241B), one column wide like the character they stand
/// for, so a caret under an excerpt stays in place; C1 controls (U+0080–U+009F, which terminals also obey)
/// become <U+009B>. Tab, line feed and a CR before a line feed are kept. An article's `\x1b[2J` must not
/// clear the editor's screen or a CI log view.
std::string visibleControls(std::string_view text);

}  // namespace concord
