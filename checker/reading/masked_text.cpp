#include "checker/reading/masked_text.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace concord {
namespace {

bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool isWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (std::isalnum(u) != 0);
}

std::size_t utf8Length(char lead) {
  const auto u = static_cast<unsigned char>(lead);
  return u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;
}

// Bytes of the escape at raw[i] (its introducer included).
std::size_t escapeLength(std::string_view raw, std::size_t i, EscapeSyntax syntax) {
  if (syntax == EscapeSyntax::xml) {
    const std::size_t semicolon = raw.find(';', i);
    return semicolon == std::string_view::npos ? 1 : semicolon + 1 - i;
  }
  std::size_t end = i + 1;
  if (end >= raw.size()) return 1;
  if (raw[end] >= '0' && raw[end] <= '7') {
    while (end < raw.size() && end < i + 4 && raw[end] >= '0' && raw[end] <= '7') ++end;
    return end - i;
  }
  if (raw[end] == 'x') {
    ++end;
    while (end < raw.size() && std::isxdigit(static_cast<unsigned char>(raw[end])) != 0) ++end;
    return end - i;
  }
  return 2;
}

}  // namespace

MaskedText::Revealed MaskedText::reveal(std::size_t raw_begin, std::string_view raw, std::string_view decoded,
                                        EscapeSyntax syntax) {
  const char introducer = syntax == EscapeSyntax::xml ? '&' : '\\';
  std::size_t first = std::string::npos;
  std::size_t last = 0;
  auto put = [&](std::size_t at, std::string_view bytes) {
    std::copy(bytes.begin(), bytes.end(), text_.begin() + static_cast<std::ptrdiff_t>(at));
    first = std::min(first, at);
    last = std::max(last, at + bytes.size());
  };
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < raw.size() && j < decoded.size()) {
    const std::size_t at = raw_begin + i;
    if (raw[i] == '\r' && decoded[j] == '\n') {  // CRLF or a lone CR, both an LF once parsed
      if (i + 1 < raw.size() && raw[i + 1] == '\n') {
        ++i;
        continue;
      }
      put(at, "\n");
      ++i, ++j;
      continue;
    }
    if (syntax != EscapeSyntax::none && raw[i] == introducer) {
      std::size_t length = escapeLength(raw, i, syntax);
      // pugixml leaves an entity it does not know (one a DTD would define) as it is: literal text.
      const bool literal = syntax == EscapeSyntax::xml && decoded.substr(j, length) == raw.substr(i, length);
      if (!literal) {
        const std::size_t width = std::min(utf8Length(decoded[j]), decoded.size() - j);
        // A C escape spells one byte: a character beyond ASCII written as escapes (`\303\251`) takes one
        // escape per byte, and all of them are one character, kept whole.
        if (syntax == EscapeSyntax::c) {
          for (std::size_t k = 1; k < width && i + length < raw.size() && raw[i + length] == introducer; ++k)
            length += escapeLength(raw, i + length, syntax);
        }
        const std::string_view character = decoded.substr(j, width);
        const bool after_space = j == 0 || isAsciiSpace(decoded[j - 1]);
        const bool word_follows = j + width < decoded.size() && isWordByte(decoded[j + width]);
        const std::size_t padding = length > width ? length - width : 0;
        put(after_space && word_follows ? at + padding : at, character);
        i += std::max(length, width);
        j += width;
        continue;
      }
      put(at, raw.substr(i, length));
      i += length, j += length;
      continue;
    }
    if (raw[i] != decoded[j])
      throw std::logic_error("decoded text does not match the file at byte " + std::to_string(at));
    put(at, decoded.substr(j, 1));
    ++i, ++j;
  }
  if (first == std::string::npos) return {{raw_begin, raw_begin}, j};
  return {{first, last}, j};
}

}  // namespace concord
