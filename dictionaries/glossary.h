#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord {

/// One glossary line: a source-language term and the rendering the desk requires for it.
struct GlossaryEntry {
  std::string source;              ///< "Légion Liberté pour la Russie"
  std::string target;              ///< "Freedom of Russia Legion"
  std::vector<std::string> wrong;  ///< known wrong renderings ("Legion Freedom for Russia"), may be empty
  std::string note;                ///< why, for the message
  std::size_t line = 0;            ///< line in the file, for diagnostics
};

/// A per-language-pair glossary, `dictionaries/glossaries/<src>-<tgt>.tsv`. Format, one entry a line:
/// `source term<TAB>required target term<TAB>wrong renderings, comma-separated (optional)<TAB>note
/// (optional)`; blank lines and lines starting with `#` are skipped.
class Glossary {
 public:
  /// Parses `text`; a line without 4 fields or with an empty term throws UserError "path:line: message".
  static Glossary parse(std::string_view text, const std::string& path);
  /// Reads and parses `path` (UTF-8 checked).
  static Glossary load(const std::string& path);

  /// The language pair a glossary file is for, from its name: `fr-en.tsv`, `newsroom.fr-en.tsv` and
  /// `newsroom-fr-en.tsv` give {"fr", "en"} (primary subtags of 2 or 3 letters); nullopt for any other name.
  static std::optional<std::pair<std::string, std::string>> languagesOfPath(const std::string& path);

  const std::vector<GlossaryEntry>& entries() const { return entries_; }

 private:
  std::vector<GlossaryEntry> entries_;
};

}  // namespace concord
