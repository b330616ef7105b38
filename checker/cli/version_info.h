#pragma once

#include <string>

namespace concord::cli {

/// What `concord --version` prints: Concord's version; the data folder in use and a fingerprint of its files
/// (equal fingerprints, equal data); the ICU and Hunspell libraries; and the Hunspell and FreeDict
/// dictionaries a check would load, FreeDict's with the edition each declares. Never throws: a missing data
/// folder is reported on its line.
std::string versionText();

/// The fingerprint of the data files (dictionaries/ and docs/rules/, the files `cmake --install` copies)
/// under `data_dir`: a CRC-32 of each file's relative path and bytes in path order, as 8 hex digits, and the
/// count.
struct DataFingerprint {
  std::string crc32;
  std::size_t files = 0;
};
DataFingerprint dataFingerprint(const std::string& data_dir);

}  // namespace concord::cli
