#pragma once

#include <string>

namespace concord {

/// The folder holding Concord's data (dictionaries/, docs/rules/), the first that has a dictionaries/ folder:
/// `<folder of the executable>/../share/concord` (an installed or unpacked copy, wherever it was moved), then
/// $CONCORD_DATA_DIR, then the source tree this binary was built from. Throws UserError listing the places
/// looked in when none has the data.
const std::string& dataDir();

/// dataDir() + "/" + relative.
std::string dataPath(const std::string& relative);

}  // namespace concord
