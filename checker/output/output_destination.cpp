#include "checker/output/output_destination.h"

#include <filesystem>

#include <sys/stat.h>

#include "checker/model/error.h"

namespace concord {
namespace fs = std::filesystem;

OutputDestination outputDestination(const std::string& path) {
  if (path == "-") return {OutputDestination::Kind::standard_output, path};
  constexpr int kMaxLinks = 40;  // Linux's own limit (ELOOP)
  fs::path current(path);
  for (int links = 0;; ++links) {
    struct stat info {};
    // Anything but "is a link", "is a folder" or "is some other kind of file" (missing, no permission to
    // look) is left to the write itself, which names the real cause.
    if (::lstat(current.c_str(), &info) != 0 || S_ISREG(info.st_mode))
      return {OutputDestination::Kind::replace, current.string()};
    if (S_ISDIR(info.st_mode)) throw UserError(path, "is a folder; give the name of a file to write");
    if (!S_ISLNK(info.st_mode)) return {OutputDestination::Kind::in_place, current.string()};
    if (links == kMaxLinks) throw UserError(path, "too many levels of symbolic links (a loop?)");
    std::error_code error;
    const fs::path target = fs::read_symlink(current, error);
    if (error) throw UserError(path, "cannot read the symbolic link: " + error.message());
    current = target.is_absolute() ? target : current.parent_path() / target;
  }
}

}  // namespace concord
