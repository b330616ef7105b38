#include "checker/model/data_dir.h"

#include <cstdlib>
#include <filesystem>

namespace concord {

const std::string& dataDir() {
  static const std::string dir = [] {
    if (const char* env = std::getenv("CONCORD_DATA_DIR"); env != nullptr && *env != '\0')
      return std::string(env);
    if (std::filesystem::exists(std::string(CONCORD_SOURCE_DATA_DIR) + "/dictionaries")) {
      return std::string(CONCORD_SOURCE_DATA_DIR);
    }
    return std::string(CONCORD_INSTALL_DATA_DIR);
  }();
  return dir;
}

std::string dataPath(const std::string& relative) { return dataDir() + "/" + relative; }

}  // namespace concord
