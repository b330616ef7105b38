#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace concord {

/// 1-based line and column; columns count Unicode code points, as editors show them.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// Turns byte offsets into the lines the user sees (LF and CRLF both end a line; a BOM is not a column).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  LineColumn at(std::size_t offset) const;
  /// The bytes of 1-based line `line` without its line ending.
  std::string_view lineText(std::size_t line) const;
  std::size_t lineCount() const { return starts_.size(); }
  std::size_t lineStart(std::size_t line) const { return starts_[line - 1]; }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace concord
