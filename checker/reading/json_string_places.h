#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/text_range.h"

namespace concord {

/// Where the string literals of a JSON text stand: the bytes between each literal's quotes, in file order
/// (keys included), as the JSON parser meets them.
struct JsonLiterals {
  std::vector<TextRange> contents;
};

/// Finds every string literal of `bytes` with a scanner that knows only quotes and backslashes (nlohmann
/// parses; this only says where). Throws UserError "path:line:col" at the bracket that nests arrays and
/// objects deeper than `max_depth`: a nesting bomb is refused before any parser walks it.
JsonLiterals scanJsonLiterals(const std::string& path, std::string_view bytes, std::size_t max_depth);

/// `decoded` (what the parser made of the literal `raw`, escapes still in) laid over `raw`'s bytes: as long
/// as `raw`, each run of non-space characters written whole from the byte where its first character is
/// spelled, padded with spaces up to where the next character's spelling starts. A word with escapes
/// (`R\u00e9gion`, `\"Hi`) stays one word that starts at its place in the file; white space (`\n`) stands
/// where its escape does. Throws std::logic_error when `decoded` is not what `raw` spells (a reader's bug).
std::string layJsonStringOver(std::string_view raw, std::string_view decoded);

}  // namespace concord
