#include "checker/model/line_index.h"

#include <algorithm>

#include "checker/model/unicode_text.h"

namespace concord {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(text.starts_with(kBom) ? kBom.size() : 0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

LineColumn LineIndex::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::size_t>(it - starts_.begin());
  const std::size_t start = starts_[line - 1];
  const std::size_t column = offset >= start ? codePointCount(text_.substr(start, offset - start)) + 1 : 1;
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
