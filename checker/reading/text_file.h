#pragma once

#include <cstddef>
#include <iosfwd>
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

/// The checks of readArticleFile that need no byte of it: it exists, is a regular file and is not larger
/// than kMaxArticleBytes. A check runs them on both files first, so a target over the limit is refused at
/// once, not after the source has been read, segmented and held in memory.
void checkArticleFile(const std::string& path);

/// The same checks on bytes that came from elsewhere; `name` is used in messages.
void validateArticleText(std::string_view bytes, std::string_view name);

/// Reads an article from a stream (standard input) with the checks of validateArticleText. Stops reading one
/// byte past kMaxArticleBytes and refuses the input then, so an endless stream (/dev/zero) costs 64 MiB at
/// most, not all the memory there is.
std::string readArticleStream(std::istream& in, std::string_view name);

/// Reads a small data or config file with the same encoding checks (empty allowed).
std::string readDataFile(const std::string& path);

}  // namespace concord
