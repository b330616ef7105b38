#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace concord {

struct TerminalMarkdownOptions {
  std::size_t width = 80;  ///< columns to wrap paragraphs to (code blocks are never wrapped)
  bool ansi = false;       ///< bold, italic, underline and colour as ANSI escapes; plain text otherwise
};

/// `markdown` (CommonMark, parsed by md4c) as a terminal shows it, with no Markdown syntax left: headings on
/// their own line (bold, the first level also underlined; plain: underlined with = or -), emphasis and code
/// spans styled (plain: their text), lists with • bullets or their numbers, block quotes behind │, links as
/// "text (url)", code blocks indented by four spaces, paragraphs wrapped to `width`. Raw HTML is shown as
/// the text it is written with.
std::string renderMarkdownForTerminal(std::string_view markdown, const TerminalMarkdownOptions& options);

}  // namespace concord
