#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace concord {

/// Largest article Concord reads. Wire stories are kilobytes; a file of this size is a mistake (a log, a
/// dump).
inline constexpr std::size_t kMaxArticleBytes = 64u * 1024u * 1024u;

/// Reads a whole article file and checks it is text Concord can work on: it exists, is a regular file, is not
/// empty, not larger than kMaxArticleBytes, has no NUL bytes and is valid UTF-8. Throws UserError naming the
/// file and, for encoding problems, the line, column and byte offset. The bytes are returned unchanged
/// (BOM and CRLF included): every position Concord reports refers to them.
std::string readArticleFile(const std::string& path);

/// The same checks on bytes that came from elsewhere (standard input); `name` is used in messages.
void validateArticleText(std::string_view bytes, std::string_view name);

/// Reads a small data or config file with the same encoding checks (empty allowed).
std::string readDataFile(const std::string& path);

}  // namespace concord
