#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// One record line of a tab-separated data file, with its 1-based line number for `file:line` errors.
struct DataLine {
  std::size_t number = 0;
  std::string text;
};

/// The record lines of a data file: read with readDataFile (UTF-8 checked), BOM and CR removed, blank lines
/// and lines starting with '#' left out.
std::vector<DataLine> readDataLines(const std::string& path);

/// `line` split at every `separator` (empty fields kept: "a\t\tc" has three).
std::vector<std::string> splitFields(std::string_view line, char separator = '\t');

/// Calls fn(line number, tab-separated fields) for each record line of a data file's text: CR removed, blank
/// lines and '#' comments left out. For loaders that are handed the text rather than a path.
template <typename Fn>
void forEachRecord(std::string_view text, Fn&& fn) {
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    fn(line_no, fields);
  }
}

}  // namespace concord
