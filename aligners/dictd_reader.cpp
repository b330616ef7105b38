#include "aligners/dictd_reader.h"

#include <fstream>
#include <optional>
#include <sstream>

#include <zlib.h>

#include "checker/model/error.h"
#include "checker/model/run_inputs.h"

namespace concord::aligners {
namespace {

std::string inflateWhole(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) throw UserError(path, "cannot open dictionary data");
  std::string text;
  char buffer[1 << 16];
  int got = 0;
  while ((got = gzread(file, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(got));
  int code = Z_OK;
  const char* message = gzerror(file, &code);
  const std::string error = code != Z_OK && code != Z_STREAM_END ? message : "";
  gzclose(file);
  if (got < 0 || !error.empty()) throw UserError(path, "corrupt dictzip data: " + error);
  return text;
}

struct IndexLine {
  std::string_view headword;
  std::int64_t offset = -1;  ///< -1: not a dictd number
  std::int64_t length = -1;
};

/// `headword<TAB>offset<TAB>length[<TAB>original headword]`; nullopt without the two tabs.
std::optional<IndexLine> parseIndexLine(std::string_view line) {
  const auto tab1 = line.find('\t');
  const auto tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
  if (tab2 == std::string_view::npos) return std::nullopt;
  std::string_view length_digits = line.substr(tab2 + 1);
  if (const auto tab3 = length_digits.find('\t'); tab3 != std::string_view::npos)
    length_digits = length_digits.substr(0, tab3);  // some indexes add the original headword
  return IndexLine{line.substr(0, tab1), dictdNumber(line.substr(tab1 + 1, tab2 - tab1 - 1)),
                   dictdNumber(length_digits)};
}

}  // namespace

std::int64_t dictdNumber(std::string_view digits) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  if (digits.empty()) return -1;
  std::int64_t value = 0;
  for (char c : digits) {
    const auto digit = kAlphabet.find(c);
    if (digit == std::string_view::npos) return -1;
    value = value * 64 + static_cast<std::int64_t>(digit);
  }
  return value;
}

void readDictd(const std::string& index_path, const std::string& dict_path,
               const std::function<void(std::string_view, std::string_view)>& visit) {
  std::ifstream index(index_path);
  if (!index) throw UserError(index_path, "cannot open dictionary index");
  noteRunInput(index_path);
  noteRunInput(dict_path);
  const std::string text = inflateWhole(dict_path);
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(index, line)) {
    ++line_number;
    if (line.empty()) continue;
    const std::optional<IndexLine> entry = parseIndexLine(line);
    if (!entry) throw UserError(index_path, line_number, "expected headword<TAB>offset<TAB>length");
    const auto [headword, offset, length] = *entry;
    if (offset < 0 || length < 0 || static_cast<std::size_t>(offset + length) > text.size())
      throw UserError(index_path, line_number, "bad offset or length (outside " + dict_path + ")");
    if (headword.starts_with("00database") || headword.starts_with("00-database")) continue;
    visit(headword,
          std::string_view(text).substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(length)));
  }
}

std::string dictdShortDescription(const std::string& index_path, const std::string& dict_path) {
  std::ifstream index(index_path);
  std::string line;
  std::optional<IndexLine> entry;
  while (std::getline(index, line)) {
    entry = parseIndexLine(line);
    if (entry && (entry->headword == "00databaseshort" || entry->headword == "00-database-short")) break;
    entry.reset();
  }
  if (!entry || entry->offset < 0 || entry->length <= 0) return {};
  gzFile file = gzopen(dict_path.c_str(), "rb");
  if (file == nullptr) return {};
  // A forward gzseek inflates up to the offset; the metadata entries sit near the start of FreeDict's data.
  std::string text(static_cast<std::size_t>(entry->length), '\0');
  const bool read =
      gzseek(file, entry->offset, SEEK_SET) == entry->offset &&
      gzread(file, text.data(), static_cast<unsigned>(text.size())) == static_cast<int>(text.size());
  gzclose(file);
  if (!read) return {};
  // The entry repeats its headword on the first line ("00-database-short\n  French-English …").
  if (text.starts_with("00")) text.erase(0, text.find('\n') + 1);
  const auto first = text.find_first_not_of(" \t\n");
  const auto last = text.find_last_not_of(" \t\n");
  return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

}  // namespace concord::aligners
