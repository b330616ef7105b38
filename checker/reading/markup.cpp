#include "checker/reading/markup.h"

#include <cctype>

#include "checker/model/line_index.h"

namespace concord {
namespace {

void blank(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

bool isWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80);
}

// Blanks the block-level markers at the start of one line: "# ", "> ", "- ", "* ", "+ ", "1. ".
void maskLinePrefix(std::string& text, std::size_t start, std::size_t end) {
  std::size_t i = start;
  while (i < end && text[i] == ' ') ++i;
  while (i < end && text[i] == '>') {  // blockquotes, possibly nested
    blank(text, i, i + 1);
    ++i;
    while (i < end && text[i] == ' ') ++i;
  }
  if (i < end && text[i] == '#') {
    std::size_t j = i;
    while (j < end && text[j] == '#') ++j;
    if (j == end || text[j] == ' ') {
      blank(text, i, j);
      // closing hashes of an ATX heading
      std::size_t k = end;
      while (k > j && (text[k - 1] == ' ' || text[k - 1] == '#')) --k;
      if (k < end && text[k] == ' ') blank(text, k, end);
    }
    return;
  }
  if (i + 1 < end && (text[i] == '-' || text[i] == '*' || text[i] == '+') && text[i + 1] == ' ') {
    blank(text, i, i + 1);
    return;
  }
  std::size_t j = i;
  while (j < end && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
  if (j > i && j + 1 < end && (text[j] == '.' || text[j] == ')') && text[j + 1] == ' ') blank(text, i, j + 1);
}

// Blanks inline syntax: emphasis runs of * and _ that touch a word on one side only, `code` ticks,
// [link text](url) brackets and URL, ![alt](src), and <!-- comments -->.
void maskInline(std::string& text, std::size_t start, std::size_t end, std::vector<TextRange>* comments) {
  for (std::size_t i = start; i < end; ++i) {
    const char c = text[i];
    if (c == '<' && text.compare(i, 4, "<!--") == 0) {
      const auto close = text.find("-->", i + 4);
      const std::size_t stop = close == std::string::npos ? end : close + 3;
      if (comments) comments->push_back({i, stop});
      blank(text, i, stop);
      i = stop - 1;
    } else if (c == '`') {
      blank(text, i, i + 1);
    } else if (c == '*' || (c == '_' && !(i > start && isWordByte(text[i - 1]) && i + 1 < end &&
                                          isWordByte(text[i + 1])))) {
      blank(text, i, i + 1);
    } else if (c == '!' && i + 1 < end && text[i + 1] == '[') {
      blank(text, i, i + 1);
    } else if (c == '[') {
      const auto close = text.find(']', i);
      if (close != std::string::npos && close + 1 < text.size() && text[close + 1] == '(') {
        const auto paren = text.find(')', close);
        if (paren != std::string::npos && paren < end) {
          blank(text, i, i + 1);
          blank(text, close, paren + 1);
          i = paren;
        }
      }
    }
  }
}

}  // namespace

std::string maskMarkup(std::string_view bytes, TextFormat format, std::vector<TextRange>* comments) {
  std::string text(bytes);
  if (text.starts_with("\xEF\xBB\xBF")) blank(text, 0, 3);
  // A CR before LF is layout; a lone CR (classic Mac) ends the line as LF does, for paragraphs and sentences.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') text[i] = LineIndex::endsLine(bytes, i) ? '\n' : ' ';
  }
  if (format != TextFormat::markdown) return text;

  bool in_fence = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const auto first = text.find_first_not_of(' ', start);
    const bool fence_line = first != std::string::npos && first < end && text.compare(first, 3, "```") == 0;
    if (fence_line || in_fence) {
      blank(text, start, end);  // code is not article text
      if (fence_line) in_fence = !in_fence;
    } else if (first != std::string::npos && first < end &&
               (text.compare(first, 3, "---") == 0 || text.compare(first, 3, "***") == 0) &&
               text.find_first_not_of("-* ", first) >= end) {
      blank(text, start, end);  // thematic break
    } else {
      maskLinePrefix(text, start, end);
      maskInline(text, start, end, comments);
    }
    start = end + 1;
  }
  return text;
}

}  // namespace concord
