#include "checker/reading/masked_text.h"

#include <algorithm>
#include <cctype>
#include <optional>
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
    // A reference is '&', a name (or #digits, #xhex) and ';'. Any other '&' (a bare one, "&5", "& co")
    // pugixml keeps as a literal '&': reaching for the next ';' took the text up to it for one character.
    std::size_t end = i + 1;
    auto inReference = [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return u >= 0x80 || std::isalnum(u) != 0 || c == '#' || c == '_' || c == '-' || c == '.' || c == ':';
    };
    while (end < raw.size() && inReference(raw[end])) ++end;
    return end < raw.size() && raw[end] == ';' && end > i + 1 ? end + 1 - i : 1;
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

std::size_t codePointsBytes(std::string_view text, std::size_t count) {
  std::size_t bytes = 0;
  for (std::size_t k = 0; k < count && bytes < text.size(); ++k) bytes += utf8Length(text[bytes]);
  return std::min(bytes, text.size());
}

// Whether the file's bytes after a character reference and the parsed text after its character(s) agree:
// the next few plain bytes are the same. A reference, tag or CR may be spelled differently, so agreement is
// only checked up to one.
bool resumesAlike(std::string_view raw, std::string_view decoded) {
  for (std::size_t n = 0; n < 8 && n < raw.size(); ++n) {
    const char c = raw[n];
    if (c == '&' || c == '<' || c == '\r') return true;
    if (n >= decoded.size() || c != decoded[n]) return false;
  }
  return true;
}

struct Reference {
  std::size_t length;  ///< bytes of the file
  std::size_t width;   ///< bytes of the parsed text
};

// The HTML character reference at raw[0] == '&' as an HTML5 parser reads it, or nullopt for a literal '&'.
// A named reference may lack its ';' and then be a prefix of the letters that follow (`&notit` is `¬it`),
// and a few stand for two code points: the reading chosen is the one after which file and text agree.
std::optional<Reference> htmlReference(std::string_view raw, std::string_view decoded) {
  if (decoded.empty() || raw.size() < 2) return std::nullopt;
  const auto isDigit = [](char c, bool hex) {
    return hex ? std::isxdigit(static_cast<unsigned char>(c)) != 0
               : std::isdigit(static_cast<unsigned char>(c)) != 0;
  };
  if (raw[1] == '#') {
    std::size_t end = 2;
    const bool hex = end < raw.size() && (raw[end] == 'x' || raw[end] == 'X');
    if (hex) ++end;
    const std::size_t digits = end;
    while (end < raw.size() && isDigit(raw[end], hex)) ++end;
    if (end == digits) return std::nullopt;
    if (end < raw.size() && raw[end] == ';') ++end;
    return Reference{end, codePointsBytes(decoded, 1)};
  }
  std::size_t name_end = 1;
  while (name_end < raw.size() && std::isalnum(static_cast<unsigned char>(raw[name_end])) != 0) ++name_end;
  if (name_end == 1) return std::nullopt;
  if (decoded.substr(0, name_end) == raw.substr(0, name_end) &&
      resumesAlike(raw.substr(name_end), decoded.substr(name_end)))
    return std::nullopt;  // not a reference the parser knows: the text is the file's
  const bool terminated = name_end < raw.size() && raw[name_end] == ';';
  const std::size_t longest = terminated ? name_end + 1 : name_end;
  for (std::size_t length = longest; length >= 3; --length) {
    for (std::size_t count = 1; count <= 2; ++count) {
      const std::size_t width = codePointsBytes(decoded, count);
      if (width > length || (count == 2 && width == codePointsBytes(decoded, 1))) continue;
      if (resumesAlike(raw.substr(length), decoded.substr(width))) return Reference{length, width};
    }
  }
  return Reference{longest, codePointsBytes(decoded, 1)};
}

// Markup an HTML parser reads inside text data: a tag, an end tag, a comment, a bogus comment.
bool opensMarkup(std::string_view raw, std::size_t i) {
  if (raw[i] != '<' || i + 1 >= raw.size()) return false;
  const char next = raw[i + 1];
  return std::isalpha(static_cast<unsigned char>(next)) != 0 || next == '/' || next == '!' || next == '?';
}

std::size_t markupEnd(std::string_view raw, std::size_t i) {
  const bool comment = raw.compare(i, 4, "<!--") == 0;
  const std::size_t close = comment ? raw.find("-->", i + 4) : raw.find('>', i + 1);
  if (close == std::string_view::npos) return raw.size();
  return close + (comment ? 3 : 1);
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
  // A decoded character shorter than its escape goes where the escape starts, the rest of it blank.
  auto putEscaped = [&](std::size_t length, std::size_t width) {
    const std::size_t at = raw_begin + i;
    const std::string_view character = decoded.substr(j, width);
    const bool after_space = j == 0 || isAsciiSpace(decoded[j - 1]);
    const bool word_follows = j + width < decoded.size() && isWordByte(decoded[j + width]);
    const std::size_t padding = length > width ? length - width : 0;
    put(after_space && word_follows ? at + padding : at, character);
    i += std::max(length, width);
    j += width;
  };
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
    if (syntax == EscapeSyntax::html) {
      if (opensMarkup(raw, i)) {
        i = markupEnd(raw, i);
        continue;
      }
      if ((raw[i] == '\n' || raw[i] == '\r') && decoded[j] != '\n') {  // dropped after <pre>
        ++i;
        continue;
      }
      if (raw[i] == '&') {
        if (const auto reference = htmlReference(raw.substr(i), decoded.substr(j))) {
          putEscaped(reference->length, reference->width);
          continue;
        }
      }  // a literal '&' is compared as any byte
    } else if (syntax != EscapeSyntax::none && raw[i] == introducer) {
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
        putEscaped(length, width);
        continue;
      }
      put(at, raw.substr(i, length));
      i += length, j += length;
      continue;
    }
    if (syntax == EscapeSyntax::html) {
      // Whole characters: markup this reader does not model (an end tag with attributes, a parser's own
      // repairs) stays blank, and the text resumes at the next character both agree on.
      const std::size_t width = utf8Length(raw[i]);
      if (raw.compare(i, width, decoded.substr(j, width)) == 0) {
        put(at, decoded.substr(j, width));
        j += width;
      }
      i += width;
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
