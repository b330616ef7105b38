#pragma once

#include <string>
#include <string_view>

namespace concord {

/// The text an HTML5 parser makes of one character reference (`&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`),
/// as UTF-8; a reference the parser does not know (`&bogus;`) comes back as written. Markdown keeps
/// CommonMark's references in its text; this gives the characters they stand for.
std::string decodeHtmlReference(std::string_view reference);

}  // namespace concord
