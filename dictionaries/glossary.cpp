#include "dictionaries/glossary.h"

#include <algorithm>
#include <filesystem>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/text_file.h"
#include "dictionaries/data_lines.h"

namespace concord {
namespace {

std::string trimmed(std::string_view field) {
  return std::string(trimWhiteSpace(field, {0, field.size()}).in(field));
}

}  // namespace

Glossary Glossary::parse(std::string_view text, const std::string& path) {
  Glossary glossary;
  std::size_t line_number = 0;
  for (std::string line : splitFields(text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string content = trimmed(line);
    if (content.empty() || content.front() == '#') continue;
    const auto columns = splitFields(line);
    // Exactly 4 fields (dictionaries/DATA.md §3); fewer would leave the optional ones unread, more is a typo.
    if (columns.size() != 4)
      throw UserError(path, line_number,
                      "expected 4 tab-separated fields (source term, required target term, wrong renderings, "
                      "note), found " +
                          std::to_string(columns.size()));
    GlossaryEntry entry;
    entry.source = trimmed(columns[0]);
    entry.target = trimmed(columns[1]);
    if (entry.source.empty()) throw UserError(path, line_number, "empty source term");
    if (entry.target.empty()) throw UserError(path, line_number, "empty required target term");
    for (const std::string& wrong : splitFields(columns[2], ',')) {
      if (!trimmed(wrong).empty()) entry.wrong.push_back(trimmed(wrong));
    }
    entry.note = trimmed(columns[3]);
    entry.line = line_number;
    glossary.entries_.push_back(std::move(entry));
  }
  return glossary;
}

Glossary Glossary::load(const std::string& path) { return parse(readDataFile(path), path); }

std::optional<std::pair<std::string, std::string>> Glossary::languagesOfPath(const std::string& path) {
  // The built-in files are named <src>-<tgt>.tsv; a newsroom file may put a prefix before it.
  const std::filesystem::path file(path);
  if (file.extension() != ".tsv") return std::nullopt;
  const std::string stem = file.stem().string();
  const auto isSubtag = [](std::string_view s) {
    return s.size() >= 2 && s.size() <= 3 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  const std::size_t dash = stem.rfind('-');
  if (dash == std::string::npos || dash == 0) return std::nullopt;
  const std::string target = stem.substr(dash + 1);
  const std::size_t separator = stem.find_last_of("._-", dash - 1);
  const std::size_t begin = separator == std::string::npos ? 0 : separator + 1;
  const std::string source = stem.substr(begin, dash - begin);
  if (!isSubtag(source) || !isSubtag(target)) return std::nullopt;
  return std::make_pair(source, target);
}

}  // namespace concord
