#pragma once

#include <string>

namespace concord {

/// Where an output named by the user really goes.
struct OutputDestination {
  enum class Kind {
    standard_output,  ///< the path was `-`
    replace,          ///< a regular file, or none yet: written beside it and renamed over it
    in_place,         ///< a device, FIFO or socket (/dev/null, /dev/stderr, a pipe): opened and written
  };
  Kind kind = Kind::replace;
  std::string path;  ///< the file written: symbolic links followed, so a link stays a link
};

/// Follows `path` the way a shell's `>` does: `-` is standard output; symbolic links are followed (relative
/// targets from the link's folder) to the file they name, existing or not; a non-regular file is written in
/// place. Throws UserError naming `path` for a folder or a chain of more than 40 links (a loop).
OutputDestination outputDestination(const std::string& path);

}  // namespace concord
