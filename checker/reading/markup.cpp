#include "checker/reading/markup.h"

#include "checker/model/line_index.h"
#include "checker/reading/markdown_text.h"

namespace concord {

std::string maskMarkup(std::string_view bytes, TextFormat format, std::vector<TextRange>* comments) {
  std::string text(bytes);
  if (text.starts_with("\xEF\xBB\xBF")) text.replace(0, 3, 3, ' ');
  // A CR before LF is layout; a lone CR (classic Mac) ends the line as LF does, for paragraphs and sentences.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') text[i] = LineIndex::endsLine(bytes, i) ? '\n' : ' ';
  }
  if (format != TextFormat::markdown) return text;
  MarkdownText markdown = readMarkdownText(text);
  if (comments) *comments = std::move(markdown.comments);
  return std::move(markdown.text);
}

}  // namespace concord
