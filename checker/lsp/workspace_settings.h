#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace concord::lsp {

/// What an editor may set for the workspace ({"concord": {...}} in initializationOptions or
/// workspace/didChangeConfiguration). Empty fields fall back to concord.toml, then to the file names.
struct WorkspaceSettings {
  std::string source;       ///< the source article of every target (relative to the workspace root)
  std::string source_lang;  ///< BCP 47
  std::string target_lang;  ///< BCP 47; a document tagged with another language is not a target
  std::string style;        ///< house style name or .tsv path
};

/// `current` with the fields `options` sets in {"concord": {"source", "sourceLang", "targetLang", "style"}};
/// other keys of `options` belong to other tools and are left alone. A field of another type than string, or
/// an unknown field under "concord", throws UserError naming it, so a typo in an editor's config is seen.
WorkspaceSettings mergeSettings(WorkspaceSettings current, const nlohmann::json& options);

}  // namespace concord::lsp
