#pragma once

// Helpers the fuzz targets share: turning libFuzzer's bytes into what Concord's entry points take.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

namespace concord::fuzz {

/// The input as text (any bytes; the targets' own validation decides what is acceptable).
inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Fails the run (libFuzzer saves the input) when a property the code promises does not hold.
inline void require(bool holds) {
  if (!holds) std::abort();
}

/// Pair inputs (aligner, whole check) are `source NUL target`: an article never contains NUL (the reader
/// refuses it), so the separator cannot be confused with the text. Without a NUL the target is empty.
inline std::pair<std::string_view, std::string_view> splitPair(std::string_view input) {
  const std::size_t at = input.find('\0');
  if (at == std::string_view::npos) return {input, {}};
  return {input.substr(0, at), input.substr(at + 1)};
}

/// The languages Concord has segmenters, dictionaries and corpora for; a pair input's first byte picks the
/// source language from this list (the seeds are built the same way, by fuzz/make-seeds).
inline constexpr const char* kLanguages[] = {"fr", "en", "de", "es", "ru", "uk", "it", "pt"};
inline constexpr std::size_t kLanguageCount = sizeof(kLanguages) / sizeof(kLanguages[0]);

/// Writes `bytes` to `name` in a folder of this process (created once, under $TMPDIR) and returns its path,
/// for the entry points that read a file (concord.toml, baselines, house styles).
std::string writeScratchFile(const std::string& name, std::string_view bytes);

}  // namespace concord::fuzz
