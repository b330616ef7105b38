#include "checker/model/location.h"

#include <cctype>

namespace concord {
namespace {

// A file a reader turned into text at its own offsets (HTML, news items, bilingual files): its analysis text
// holds the decoded text, and blanks where markup or the rest of an escape stands.
bool decodedByAReader(const Document& doc) {
  return doc.fileFormat() != FileFormat::text && doc.fileFormat() != FileFormat::markdown;
}

// A byte that can be part of the spelling of an escape or entity (`&eacute;`, `&#8217;`, `\u00e9`, `\303`),
// or of the rest of a word ninjs lays whole from its first byte (`R\u00e9gion`): never markup (`<`, `]]>`),
// a JSON or PO string's quote, nor a space.
bool spellsEscapedText(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || std::isalnum(byte) != 0 || c == '#' || c == ';' || c == '\\';
}

// Where `range` ends in the file: past the rest of the escape its last character was decoded from, which
// the reader left blank after it.
std::size_t spelledEnd(const Document& doc, TextRange range) {
  std::size_t end = range.end;
  if (range.empty() || !decodedByAReader(doc)) return end;
  const std::string& text = doc.text();
  const std::string& bytes = doc.original();
  while (end < bytes.size() && text[end] == ' ' && spellsEscapedText(bytes[end])) ++end;
  return end;
}

// What the range says: the file's bytes, or for a file a reader decoded, its analysis text without the
// bytes blanked for markup and escapes (a space of the file stays a space). A range of markup alone (an
// inline directive's comment, which consistency/unused-suppression reports) is quoted as the file has it.
std::string textOf(const Document& doc, TextRange range) {
  const std::string_view bytes = range.in(doc.original());
  if (!decodedByAReader(doc)) return std::string(bytes);
  std::string out;
  bool any_text = false;
  for (std::size_t i = range.begin; i < range.end; ++i) {
    const char decoded = doc.text()[i];
    const bool file_space = std::isspace(static_cast<unsigned char>(doc.original()[i])) != 0;
    if (decoded != ' ' || file_space) out += decoded;
    if (decoded != ' ' && !file_space) any_text = true;
  }
  return any_text ? out : std::string(bytes);
}

}  // namespace

Location locate(const Document& doc, TextRange range) {
  const std::size_t end_offset = spelledEnd(doc, range);
  const LineColumn start = doc.lines().at(range.begin);
  const LineColumn end = doc.lines().at(end_offset);
  return {start.line, start.column, end.line, end.column, textOf(doc, range), end_offset};
}

}  // namespace concord
