#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/model/text_range.h"

namespace concord {

/// The article text of a Markdown document, as md4c (a CommonMark parser) reads it.
struct MarkdownText {
  /// As long as the document: the bytes of every text run md4c reports (paragraphs, headings, list items,
  /// block quotes, link and image text, code spans; a character reference such as `&amp;` or
  /// `&nbsp;` as the character it stands for, within the reference's bytes, the rest blank) at
  /// their own offsets, and spaces everywhere else: block markers (#, >, -, 1.), emphasis delimiters,
  /// backslashes of escapes, link destinations and titles, link reference definitions, setext underlines,
  /// thematic breaks, code blocks (fenced and indented) and raw HTML. Line feeds stay where they are.
  std::string text;
  /// Every HTML comment (`<!-- … -->`) of the document's raw HTML, in order: where inline directives live.
  /// A comment md4c does not read as HTML (inside code, or never closed within a paragraph) is not one.
  std::vector<TextRange> comments;
};

/// Reads `markdown`, whose line ends are LF (a CR is given as a space, as maskMarkup does).
MarkdownText readMarkdownText(std::string_view markdown);

}  // namespace concord
