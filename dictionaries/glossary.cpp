#include "dictionaries/glossary.h"

#include "checker/error.h"
#include "checker/text_file.h"

namespace concord {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t at; (at = s.find(separator, start)) != std::string_view::npos; start = at + 1)
    parts.push_back(s.substr(start, at - start));
  parts.push_back(s.substr(start));
  return parts;
}

}  // namespace

Glossary Glossary::parse(std::string_view text, const std::string& path) {
  Glossary glossary;
  std::size_t line_number = 0;
  for (std::string_view line : split(text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || trim(line).front() == '#') continue;
    const auto columns = split(line, '\t');
    // Exactly 4 fields (dictionaries/DATA.md §3); fewer would leave the optional ones unread, more is a typo.
    if (columns.size() != 4)
      throw UserError(path, line_number,
                      "expected 4 tab-separated fields (source term, required target term, wrong renderings, "
                      "note), found " +
                          std::to_string(columns.size()));
    GlossaryEntry entry;
    entry.source = std::string(trim(columns[0]));
    entry.target = std::string(trim(columns[1]));
    if (entry.source.empty()) throw UserError(path, line_number, "empty source term");
    if (entry.target.empty()) throw UserError(path, line_number, "empty required target term");
    for (std::string_view wrong : split(columns[2], ',')) {
      if (!trim(wrong).empty()) entry.wrong.emplace_back(trim(wrong));
    }
    entry.note = std::string(trim(columns[3]));
    entry.line = line_number;
    glossary.entries_.push_back(std::move(entry));
  }
  return glossary;
}

Glossary Glossary::load(const std::string& path) { return parse(readDataFile(path), path); }

}  // namespace concord
