#pragma once

#include <cstddef>
#include <string_view>

namespace concord {

/// A half-open byte range [begin, end) into a document's text.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool contains(std::size_t offset) const { return offset >= begin && offset < end; }
  bool overlaps(const TextRange& other) const { return begin < other.end && other.begin < end; }
  std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const TextRange&, const TextRange&) = default;
};

}  // namespace concord
