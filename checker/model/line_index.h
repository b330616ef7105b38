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

/// Turns byte offsets into the lines the user sees (LF, CRLF and a lone CR — classic Mac files — each end a
/// line; a BOM is not a column).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  /// Whether the byte at `offset` ends a line: LF, or a CR not followed by LF (CRLF ends at its LF).
  static bool endsLine(std::string_view text, std::size_t offset) {
    return text[offset] == '\n' ||
           (text[offset] == '\r' && (offset + 1 == text.size() || text[offset + 1] != '\n'));
  }

  LineColumn at(std::size_t offset) const;
  /// The bytes of 1-based line `line` without its line ending.
  std::string_view lineText(std::size_t line) const;
  std::size_t lineCount() const { return starts_.size(); }
  std::size_t lineStart(std::size_t line) const { return starts_[line - 1]; }

 private:
  // Code points in text_ before `offset`: from a table of every kBlock-th byte plus at most one block, so a
  // column on a 5 MB single line costs a few kilobytes of counting, not the whole line before it.
  std::size_t codePointsBefore(std::size_t offset) const;
  static constexpr std::size_t kBlock = 4096;

  std::string_view text_;
  std::vector<std::size_t> starts_;
  std::vector<std::size_t> block_code_points_;  // code points before byte k × kBlock
};

}  // namespace concord
