#include "checker/lsp/workspace_settings.h"

#include <map>

#include "checker/model/error.h"

namespace concord::lsp {

WorkspaceSettings mergeSettings(WorkspaceSettings current, const nlohmann::json& options) {
  if (!options.is_object() || !options.contains("concord")) return current;  // other tools' settings
  const nlohmann::json& fields = options.at("concord");
  if (!fields.is_object()) throw UserError("settings", "\"concord\" must be an object");
  const std::map<std::string, std::string*> known = {{"source", &current.source},
                                                     {"sourceLang", &current.source_lang},
                                                     {"targetLang", &current.target_lang},
                                                     {"style", &current.style}};
  for (const auto& [key, value] : fields.items()) {
    const auto field = known.find(key);
    if (field == known.end())
      throw UserError("settings",
                      "unknown setting \"concord." + key + "\" (source, sourceLang, targetLang, style)");
    if (value.is_null()) continue;
    if (!value.is_string()) throw UserError("settings", "\"concord." + key + "\" must be a string");
    *field->second = value.get<std::string>();
  }
  return current;
}

}  // namespace concord::lsp
