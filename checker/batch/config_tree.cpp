#include "checker/batch/config_tree.h"

#include <filesystem>

namespace concord {
namespace fs = std::filesystem;

const Config& ConfigTree::forFolder(const std::string& folder) {
  auto [nearest, asked_first] = nearest_.try_emplace(folder);
  if (asked_first && !disabled_)
    nearest->second = !explicit_path_.empty() ? explicit_path_ : findConfig(folder).value_or("");
  const std::string& path = nearest->second;
  auto found = loaded_.find(path);
  if (found == loaded_.end()) found = loaded_.emplace(path, path.empty() ? Config{} : loadConfig(path)).first;
  return found->second;
}

const Config& ConfigTree::forFile(const std::string& path) {
  const fs::path folder = fs::path(path).parent_path();
  return forFolder(folder.empty() ? "." : folder.string());
}

}  // namespace concord
