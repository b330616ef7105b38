#include "checker/reading/json_string_places.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "checker/model/error.h"
#include "checker/model/line_index.h"

namespace concord {
namespace {

std::size_t utf8Length(char lead) {
  const auto u = static_cast<unsigned char>(lead);
  return u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;
}

// The UTF-16 code unit `\uXXXX` at raw[i] spells, or 0 when its four hex digits are not there.
unsigned codeUnitAt(std::string_view raw, std::size_t i) {
  if (raw.compare(i, 2, "\\u") != 0 || i + 6 > raw.size()) return 0;
  unsigned unit = 0;
  const char* first = raw.data() + i + 2;
  const auto [end, error] = std::from_chars(first, first + 4, unit, 16);
  return error == std::errc() && end == first + 4 ? unit : 0;
}

// Bytes of the file that spell the character at raw[i]: an escape (a surrogate pair is two), or the
// character itself.
std::size_t spelling(std::string_view raw, std::size_t i) {
  if (raw[i] != '\\') return utf8Length(raw[i]);
  if (i + 1 >= raw.size() || raw[i + 1] != 'u') return 2;
  const unsigned unit = codeUnitAt(raw, i);
  const bool high_surrogate = unit >= 0xD800 && unit <= 0xDBFF;
  return high_surrogate && codeUnitAt(raw, i + 6) >= 0xDC00 ? 12 : 6;
}

// White space and control characters separate words; a CR (of an escaped CRLF) stays blank, as a text
// file's does.
bool separates(char c) { return static_cast<unsigned char>(c) < 0x20 || c == ' '; }

}  // namespace

JsonLiterals scanJsonLiterals(const std::string& path, std::string_view bytes, std::size_t max_depth) {
  JsonLiterals found;
  std::size_t depth = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c == '"') {
      std::size_t end = i + 1;
      while (end < bytes.size() && bytes[end] != '"') end += bytes[end] == '\\' ? 2 : 1;
      end = std::min(end, bytes.size());
      found.contents.push_back({i + 1, end});
      i = end;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) {
        const LineColumn at = LineIndex(bytes).at(i);
        throw UserError(path, at.line, at.column,
                        "arrays and objects nested more than " + std::to_string(max_depth) +
                            " deep: not a news document (Concord refuses it rather than parse it)");
      }
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return found;
}

std::string layJsonStringOver(std::string_view raw, std::string_view decoded) {
  std::string laid(raw.size(), ' ');
  std::size_t i = 0;
  std::size_t j = 0;
  std::size_t cursor = 0;  // where the current word's next character goes
  bool in_word = false;
  while (i < raw.size() && j < decoded.size()) {
    const std::size_t length = std::min(spelling(raw, i), raw.size() - i);
    const std::size_t width = std::min(utf8Length(decoded[j]), decoded.size() - j);
    const std::string_view character = decoded.substr(j, width);
    if (raw[i] != '\\' && raw.substr(i, length) != character)
      throw std::logic_error("decoded JSON string does not match the file at byte " + std::to_string(i));
    if (separates(character[0])) {
      in_word = false;
      if (character[0] == '\n' || character[0] == '\t') laid[i] = character[0];
    } else {
      // A tag is a word of its own: text after an attribute's escapes (<p class=\"x\">Kyiv) keeps its place.
      if (!in_word || character[0] == '<') cursor = i;
      in_word = character[0] != '>';
      laid.replace(cursor, width, character);
      cursor += width;
    }
    i += length;
    j += width;
  }
  if (i != raw.size() || j != decoded.size())
    throw std::logic_error("decoded JSON string and the file part at byte " + std::to_string(i));
  return laid;
}

}  // namespace concord
