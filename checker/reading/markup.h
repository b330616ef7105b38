#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/model/document.h"

namespace concord {

/// Returns a copy of `bytes` of the same length in which what is not article text is replaced by ASCII
/// spaces: a UTF-8 BOM, the CR of CRLF (a lone CR becomes LF: it ends a line), and for Markdown everything
/// md4c does not read as text (readMarkdownText: block markers, emphasis delimiters, link destinations, code
/// blocks, raw HTML …). Offsets therefore stay valid in both copies. When `comments` is given, it receives
/// the byte range of every HTML comment of a Markdown document (`<!-- … -->`, outside code), in order: where
/// inline directives live.
std::string maskMarkup(std::string_view bytes, TextFormat format, std::vector<TextRange>* comments = nullptr);

}  // namespace concord
