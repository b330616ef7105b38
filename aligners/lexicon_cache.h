#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <marisa/trie.h>

#include "aligners/lexicon.h"

namespace concord::aligners {

/// A lexicon's table in a file that is memory-mapped, not parsed: opening it costs microseconds, and every
/// process of the machine shares its pages. Source keys and target keys are marisa tries (key → id); flat
/// arrays give each source id its target ids and each target id its text; each key set's KeyFilter bits are
/// stored too, so that most lookups of unknown words stop before the trie.
struct LexiconTable {
  marisa::Trie source_keys, target_keys;
  const std::uint32_t* entry_begin = nullptr;     // source id → first index into entry_targets (count + 1)
  const std::uint32_t* entry_targets = nullptr;   // target ids, each entry's in the dictionaries' order
  const std::uint32_t* target_offsets = nullptr;  // target id → offset into target_text (count + 1)
  const char* target_text = nullptr;
  const std::uint64_t* source_filter = nullptr;  // KeyFilter::kWords words each
  const std::uint64_t* target_filter = nullptr;
  std::vector<std::string> names;       // the dictionaries read, as Lexicon::sources()
  std::shared_ptr<const void> mapping;  // the mapped file, unmapped with the last reference
};

/// Opens the table written by writeLexiconTable, or nullopt when `file` is missing, was built for other
/// dictionaries (`fingerprint`: the dictionaries' paths, sizes and modification times) or by another format
/// version, or is torn or corrupt (its size, layout or checksum disagree with its header): a caller rebuilds
/// it then. Never throws for a bad file.
std::shared_ptr<const LexiconTable> openLexiconTable(const std::filesystem::path& file,
                                                     const std::string& fingerprint);

/// Writes `lexicon` as a table atomically: into a temporary file of its own, renamed over `file`, so that a
/// process opening `file` while others build it sees the old table or a whole new one, never half of one.
/// Returns false when it could not be written; the caller goes on with the lexicon it has.
bool writeLexiconTable(const Lexicon& lexicon, const std::filesystem::path& file,
                       const std::string& fingerprint);

/// The fingerprint of a lexicon built from these dictd files (index and data paths).
std::string dictdFingerprint(const std::vector<std::filesystem::path>& files);

/// Where caches go: $CONCORD_CACHE_DIR, else $XDG_CACHE_HOME/concord, else $HOME/.cache/concord; nullopt when
/// none is set or CONCORD_CACHE_DIR is "off".
std::optional<std::filesystem::path> concordCacheDir();

}  // namespace concord::aligners
