#include "dictionaries/data_lines.h"

#include <sstream>

#include "checker/reading/text_file.h"

namespace concord {

std::vector<DataLine> readDataLines(const std::string& path) {
  std::vector<DataLine> lines;
  std::stringstream in(readDataFile(path));
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos || line.front() == '#') continue;
    lines.push_back({number, std::move(line)});
  }
  return lines;
}

std::vector<std::string> splitFields(std::string_view line, char separator) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t at; (at = line.find(separator, start)) != std::string_view::npos; start = at + 1)
    fields.emplace_back(line.substr(start, at - start));
  fields.emplace_back(line.substr(start));
  return fields;
}

}  // namespace concord
