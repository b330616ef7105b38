#pragma once

#include <optional>
#include <set>
#include <string>

#include "checker/reading/file_format.h"

namespace concord {

/// How article files are read, from concord.toml's [formats] and [xliff] (docs/formats.md).
struct ReadingOptions {
  FormatMap formats;  ///< extra extensions: ".sdlxliff" → xliff
  /// XLIFF states whose units are checked (1.2 `<target state>`, 2.x `<segment state>`); a unit in another
  /// state is skipped, neither side read. nullopt: every state, a 1.2 needs-translation target untranslated.
  std::optional<std::set<std::string>> xliff_check_states;
};

}  // namespace concord
