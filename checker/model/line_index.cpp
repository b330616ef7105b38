#include "checker/model/line_index.h"

#include <algorithm>

namespace concord {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";

// In valid UTF-8 every code point has one byte that is not a continuation byte (10xxxxxx).
std::size_t leadBytes(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(text.starts_with(kBom) ? kBom.size() : 0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (endsLine(text, i)) starts_.push_back(i + 1);
  }
  block_code_points_.reserve(text.size() / kBlock + 1);
  std::size_t count = 0;
  for (std::size_t block = 0; block * kBlock <= text.size(); ++block) {
    block_code_points_.push_back(count);
    count += leadBytes(text.substr(block * kBlock, kBlock));
  }
}

std::size_t LineIndex::codePointsBefore(std::size_t offset) const {
  const std::size_t block = offset / kBlock;
  return block_code_points_[block] + leadBytes(text_.substr(block * kBlock, offset - block * kBlock));
}

LineColumn LineIndex::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::size_t>(it - starts_.begin());
  const std::size_t start = starts_[line - 1];
  const std::size_t column = offset >= start ? codePointsBefore(offset) - codePointsBefore(start) + 1 : 1;
  return {line, column};
}

std::string_view LineIndex::lineText(std::size_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  const std::size_t start = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

}  // namespace concord
