#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "aligners/lexicon.h"

namespace concord::aligners {

/// A built lexicon saved in a compact binary form, so that the next run reads it instead of parsing the
/// FreeDict files again (German–English has 135,000 entries: about 3 s to parse, a tenth of that to read).
/// The file is tagged with `fingerprint` (the dictionaries' paths, sizes and modification times and the
/// format version): a cache of other dictionaries, or a torn or corrupt file, is never read.
std::optional<Lexicon> readLexiconCache(const std::filesystem::path& file, const std::string& fingerprint);

/// Writes the cache atomically (a temporary file renamed over the old one). Returns false when it could not
/// be written; the caller goes on without one.
bool writeLexiconCache(const Lexicon& lexicon, const std::filesystem::path& file,
                       const std::string& fingerprint);

/// The fingerprint of a lexicon built from these dictd files (index and data paths).
std::string dictdFingerprint(const std::vector<std::filesystem::path>& files);

/// Where caches go: $CONCORD_CACHE_DIR, else $XDG_CACHE_HOME/concord, else $HOME/.cache/concord; nullopt when
/// none is set or CONCORD_CACHE_DIR is "off".
std::optional<std::filesystem::path> concordCacheDir();

}  // namespace concord::aligners
