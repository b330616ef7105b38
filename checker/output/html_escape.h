#pragma once

#include <string>
#include <string_view>

namespace concord {

/// `text` made safe for HTML text and double- or single-quoted attribute values: & < > " ' become
/// character references. Every byte of article text, message or path that goes into a page passes here.
std::string htmlEscape(std::string_view text);

/// Appends the escaped form of `text` to `out` (the hot path of page rendering, no temporaries).
void appendHtmlEscaped(std::string& out, std::string_view text);

}  // namespace concord
