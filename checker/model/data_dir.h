#pragma once

#include <string>

namespace concord {

/// The folder holding Concord's data (dictionaries/, docs/): $CONCORD_DATA_DIR when set, else the source tree
/// this binary was built from when it still exists, else the install prefix's share/concord.
const std::string& dataDir();

/// dataDir() + "/" + relative.
std::string dataPath(const std::string& relative);

}  // namespace concord
