#pragma once

#include <map>
#include <string>

#include "checker/batch/config.h"

namespace concord {

/// Which concord.toml governs the articles of each folder: the one given with --config for every folder,
/// none with --no-config, else the nearest one at or above the folder (findConfig). Each file is read once;
/// a bad one throws UserError "file:line:col: message" when first asked for.
class ConfigTree {
 public:
  ConfigTree(std::string explicit_path, bool disabled)
      : explicit_path_(std::move(explicit_path)), disabled_(disabled) {}

  /// The settings for articles in `folder` (an empty Config when no file applies). The reference stays
  /// valid as long as the tree.
  const Config& forFolder(const std::string& folder);

  /// The settings for the article file `path`: those of its folder.
  const Config& forFile(const std::string& path);

 private:
  std::string explicit_path_;
  bool disabled_;
  std::map<std::string, Config> loaded_;        // config path ("" for none) → its settings
  std::map<std::string, std::string> nearest_;  // folder → the path of its config
};

}  // namespace concord
