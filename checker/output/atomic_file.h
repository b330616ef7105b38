#pragma once

#include <string>
#include <string_view>

namespace concord {

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a reader (or a
/// failure half-way) never sees a truncated file, and an existing file is replaced only by a complete one.
/// Throws UserError naming the path when the folder is missing or not writable.
void writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace concord
