#include "checker/model/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#include "checker/model/error.h"

namespace concord {
namespace {

namespace fs = std::filesystem;

bool holdsData(const fs::path& dir) {
  std::error_code ec;
  return !dir.empty() && fs::is_directory(dir / "dictionaries", ec);
}

/// `<exe>/../share/concord`, the FHS place relative to the running binary, so that an installed tree (or an
/// unpacked .deb) works wherever it lies. Empty when the executable's path is unknown.
fs::path besideExecutable() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path().parent_path() / "share" / "concord";
}

std::string findDataDir() {
  std::vector<fs::path> candidates{besideExecutable()};
  if (const char* env = std::getenv("CONCORD_DATA_DIR"); env != nullptr && *env != '\0') {
    candidates.emplace_back(env);
  }
  // The checkout the binary was built from serves a build; CONCORD_NO_SOURCE_DATA=1 hides it, which is how
  // the install tests prove that an installed copy needs nothing of the source tree.
  if (const char* hide = std::getenv("CONCORD_NO_SOURCE_DATA"); hide == nullptr || std::string(hide) != "1") {
    candidates.emplace_back(CONCORD_SOURCE_DATA_DIR);
  }
  std::string looked;
  for (const fs::path& dir : candidates) {
    if (holdsData(dir)) return dir.lexically_normal().string();
    if (!dir.empty()) looked += (looked.empty() ? "" : ", ") + dir.string();
  }
  throw UserError("Concord's data (dictionaries/) not found in " + looked +
                  "; reinstall, or set CONCORD_DATA_DIR to the folder holding it");
}

}  // namespace

const std::string& dataDir() {
  static const std::string dir = findDataDir();
  return dir;
}

std::string dataPath(const std::string& relative) { return dataDir() + "/" + relative; }

}  // namespace concord
