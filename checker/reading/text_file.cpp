#include "checker/reading/text_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <istream>
#include <sstream>

#include <unicode/utf8.h>

#include "checker/model/error.h"
#include "checker/model/line_index.h"
#include "checker/model/run_inputs.h"

namespace concord {
namespace {

struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

Position positionOf(std::string_view bytes, std::size_t offset) {
  Position pos;
  int32_t i = 0;
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto end = static_cast<int32_t>(offset);
  while (i < end) {
    if (LineIndex::endsLine(bytes, static_cast<std::size_t>(i))) {
      ++pos.line;
      pos.column = 1;
      ++i;
      continue;
    }
    U8_FWD_1(data, i, end);
    ++pos.column;
  }
  return pos;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError(path, "cannot open file for reading");
  noteRunInput(path);  // no output of this run may replace it
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw UserError(path, "read error");
  return std::move(buffer).str();
}

void validateEncoding(std::string_view bytes, std::string_view name) {
  const auto nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    const Position p = positionOf(bytes, nul);
    throw UserError(
        name, p.line, p.column,
        "binary file (NUL byte at offset " + std::to_string(nul) + "); articles must be UTF-8 text");
  }
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 cp = 0;
    U8_NEXT(data, i, length, cp);
    if (cp < 0) {
      const Position p = positionOf(bytes, static_cast<std::size_t>(start));
      throw UserError(
          name, p.line, p.column,
          "invalid UTF-8 (byte 0x" +
              [&] {
                static const char* kHex = "0123456789ABCDEF";
                std::string hex;
                hex += kHex[data[start] >> 4];
                hex += kHex[data[start] & 0xF];
                return hex;
              }() +
              " at offset " + std::to_string(start) + "); convert the file to UTF-8");
    }
  }
}

std::string tooLargeMessage(std::string_view what) {
  return std::string(what) + " is larger than " + std::to_string(kMaxArticleBytes / (1024 * 1024)) +
         " MiB, the most Concord reads for one article";
}

}  // namespace

void validateArticleText(std::string_view bytes, std::string_view name) {
  if (bytes.empty()) throw UserError(name, "empty file: nothing to check");
  if (bytes.size() > kMaxArticleBytes) throw UserError(name, tooLargeMessage("input"));
  validateEncoding(bytes, name);
  if (bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF") == std::string_view::npos) {
    throw UserError(name, "file has only white space: nothing to check");
  }
}

void checkArticleFile(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw UserError(path, "no such file");
  if (fs::is_directory(status)) throw UserError(path, "is a directory, not an article file");
  if (!fs::is_regular_file(status)) throw UserError(path, "is not a regular file");
  const auto size = fs::file_size(path, ec);
  if (ec) throw UserError(path, "cannot read file size: " + ec.message());
  if (size > kMaxArticleBytes) {
    // The bytes too: a file one byte over the limit is "64 MiB" when rounded to MiB like the limit.
    throw UserError(path, "file is " + std::to_string(size / (1024 * 1024)) + " MiB (" +
                              std::to_string(size) + " bytes); Concord reads articles of at most " +
                              std::to_string(kMaxArticleBytes / (1024 * 1024)) + " MiB (" +
                              std::to_string(kMaxArticleBytes) + " bytes)");
  }
}

std::string readArticleFile(const std::string& path) {
  checkArticleFile(path);
  std::string bytes = slurp(path);
  validateArticleText(bytes, path);
  return bytes;
}

std::string readArticleStream(std::istream& in, std::string_view name) {
  std::string bytes;
  char chunk[1 << 16];
  while (bytes.size() <= kMaxArticleBytes) {
    const std::size_t wanted = std::min(sizeof chunk, kMaxArticleBytes + 1 - bytes.size());
    in.read(chunk, static_cast<std::streamsize>(wanted));
    bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (in.gcount() == 0 || !in) break;
  }
  if (in.bad()) throw UserError(name, "read error");
  if (bytes.size() > kMaxArticleBytes) throw UserError(name, tooLargeMessage("input"));
  validateArticleText(bytes, name);
  return bytes;
}

std::string readDataFile(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) throw UserError(path, "no such file");
  if (fs::is_directory(path, ec)) throw UserError(path, "is a directory, not a file");
  std::string bytes = slurp(path);
  validateEncoding(bytes, path);
  return bytes;
}

}  // namespace concord
