#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "checker/batch/config.h"
#include "checker/lsp/diagnostics.h"
#include "checker/lsp/workspace_settings.h"
#include "checker/pipeline/pipeline.h"
#include "dictionaries/dictionary_set.h"

namespace concord::lsp {

/// Builds the options of a check from the target's concord.toml (empty Config when there is none) and the
/// workspace's style, the way `concord check` builds them from its flags (the CLI supplies it).
using OptionsFactory = std::function<CheckOptions(const Config& config, const std::string& style)>;

/// A target checked against its source: where each side lives and what the check found.
struct CheckedTarget {
  PairUris uris;
  std::shared_ptr<const CheckResult> result;
};

/// The documents the editor has open and the resources every check shares. The dictionaries (Hunspell,
/// glossaries, house styles) stay loaded for the life of the process, so a re-check on each edit only
/// reads, segments, aligns and runs the rules.
class Workspace {
 public:
  explicit Workspace(OptionsFactory options);

  /// The folder relative `source` settings are resolved against (the client's rootUri).
  void setRoot(std::string folder) { root_ = std::move(folder); }
  void setSettings(WorkspaceSettings settings) { settings_ = std::move(settings); }
  const WorkspaceSettings& settings() const { return settings_; }

  /// The editor's text of a document, which wins over the file on disk (unsaved edits).
  void setText(const std::string& uri, std::string text) { texts_[uri] = std::move(text); }
  void forget(const std::string& uri) { texts_.erase(uri); }
  bool isOpen(const std::string& uri) const { return texts_.contains(uri); }
  std::vector<std::string> openUris() const;

  /// Checks the open document `uri` as a translation. nullopt, with the reason in `why`, when it is not one
  /// (no source found, tagged with another language than the target's). Throws UserError for bad input
  /// (a source that cannot be read, a language the text contradicts, a bad concord.toml).
  std::optional<CheckedTarget> check(const std::string& uri, std::string& why) const;

 private:
  OptionsFactory options_;
  DictionarySet dictionaries_;
  std::string root_;
  WorkspaceSettings settings_;
  std::map<std::string, std::string> texts_;  // uri → the editor's text
};

}  // namespace concord::lsp
