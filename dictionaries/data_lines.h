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

}  // namespace concord
