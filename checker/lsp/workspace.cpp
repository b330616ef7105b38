#include "checker/lsp/workspace.h"

#include <filesystem>

#include "checker/batch/batch.h"
#include "checker/lsp/file_uri.h"
#include "checker/reading/language.h"

namespace concord::lsp {
namespace fs = std::filesystem;
namespace {

std::string primaryLanguage(const std::string& tag) { return tag.substr(0, tag.find('-')); }

std::string firstSet(const std::string& setting, const std::optional<std::string>& configured) {
  return !setting.empty() ? setting : configured.value_or("");
}

}  // namespace

Workspace::Workspace(OptionsFactory options) : options_(std::move(options)) {}

std::vector<std::string> Workspace::openUris() const {
  std::vector<std::string> uris;
  for (const auto& [uri, text] : texts_) uris.push_back(uri);
  return uris;
}

std::optional<CheckedTarget> Workspace::check(const std::string& uri, std::string& why) const {
  const std::string target_path = pathFromUri(uri);
  const fs::path folder = fs::path(target_path).parent_path();
  Config config;
  if (const auto found = findConfig(folder.string())) config = loadConfig(*found);
  const std::string target_lang = firstSet(settings_.target_lang, config.target_lang);
  const std::string source_lang = firstSet(settings_.source_lang, config.source_lang);
  const auto tag = languageFromFileName(target_path);
  if (!target_lang.empty() && tag && primaryLanguage(*tag) != primaryLanguage(target_lang)) {
    why = target_path + " is tagged " + *tag + ", not the target language " + target_lang;
    return std::nullopt;
  }
  std::optional<std::string> source_path;
  if (!settings_.source.empty()) {
    const fs::path base = root_.empty() ? folder : fs::path(root_);
    source_path = (base / settings_.source).lexically_normal().string();  // an absolute setting stays as is
  } else {
    source_path = findSourceOf(target_path, source_lang);
  }
  if (!source_path || fs::path(*source_path) == fs::path(target_path)) {
    why = target_path +
          ": no source found (name the pair story.fr.md / story.en.md, or set concord.source; docs/lsp.md)";
    return std::nullopt;
  }
  CheckedTarget checked{{uriFromPath(*source_path), uri}, nullptr};
  const auto source_text = texts_.find(checked.uris.source);
  const ArticleInput source{*source_path,
                            source_text == texts_.end() ? std::nullopt : std::optional(source_text->second),
                            source_lang};
  const ArticleInput target{target_path, texts_.at(uri), target_lang};
  const CheckOptions options = options_(config, settings_.style);
  checked.result = std::make_shared<CheckResult>(checkPair(source, target, options, dictionaries_));
  return checked;
}

}  // namespace concord::lsp
