#pragma once

#include <optional>
#include <string>

namespace concord {

/// The files this run reads, by file identity (device and inode), so that no output is ever written onto
/// one of them — whatever name reaches it: the same path, a symbolic link, a hard link, `./x` for `x`.
/// Process-wide because it is a fact about the process: every reader notes what it opens, and the
/// output writer (output/output_files.h) refuses a destination that is one of them. Thread-safe.

/// Notes `path` as an input of this run (read, or about to be read). Only regular files are noted (writing
/// to a device or FIFO destroys nothing). A path that does not exist (yet) is ignored: it cannot be the same
/// file as an output until it exists, and then it is noted when read.
void noteRunInput(const std::string& path);

/// Notes the file behind standard input, for a run that reads it (a file redirected with `<` is as much an
/// input as a named one).
void noteStandardInput();

/// The input (as it was first named) that `path` is the same file as, if any. Follows symbolic links.
std::optional<std::string> runInputAt(const std::string& path);

}  // namespace concord
