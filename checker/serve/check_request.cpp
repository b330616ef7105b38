#include "checker/serve/check_request.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "checker/model/error.h"
#include "checker/reading/language.h"
#include "dictionaries/style_profile.h"

namespace concord::serve {
namespace {

using nlohmann::json;

const std::set<std::string, std::less<>> kFields = {"source",      "target",      "source_lang",
                                                    "target_lang", "style",       "rules",
                                                    "source_name", "target_name", "language_check"};

// A misspelt optional field ("rule", "target_language") would otherwise be ignored and the check run with
// defaults the client did not ask for.
void refuseUnknownFields(const json& request) {
  for (const auto& [key, value] : request.items()) {
    if (!kFields.contains(key))
      throw RequestError(400, "unknown field \"" + key + "\" (docs/serve.md lists the fields)");
  }
}

std::string requiredString(const json& request, const char* field) {
  const auto found = request.find(field);
  if (found == request.end()) throw RequestError(400, std::string("missing field \"") + field + "\"");
  if (!found->is_string()) throw RequestError(400, std::string("field \"") + field + "\" must be a string");
  return found->get<std::string>();
}

std::string optionalString(const json& request, const char* field, std::string fallback) {
  return request.contains(field) ? requiredString(request, field) : fallback;
}

std::vector<std::string> ruleSelectors(const json& request) {
  const auto found = request.find("rules");
  if (found == request.end()) return {};
  const auto is_string = [](const json& item) { return item.is_string(); };
  if (!found->is_array() || !std::all_of(found->begin(), found->end(), is_string))
    throw RequestError(400, "field \"rules\" must be an array of rule ids or categories");
  return found->get<std::vector<std::string>>();
}

bool languageCheck(const json& request) {
  const auto found = request.find("language_check");
  if (found == request.end()) return true;
  if (!found->is_boolean()) throw RequestError(400, "field \"language_check\" must be true or false");
  return found->get<bool>();
}

// Only the built-in profiles: a path would let any client make the server read its files.
void validateRequestStyle(const std::string& style) {
  if (style.empty()) return;
  if (isStylePath(style))
    throw RequestError(422,
                       "style \"" + style + "\" is a path; the service takes a built-in house style name");
  validateStyle(style);
}

}  // namespace

CheckRequest parseCheckRequest(std::string_view body, double timeout_seconds) {
  json request;
  try {
    request = json::parse(body);
  } catch (const json::parse_error& error) {
    throw RequestError(400, "request body is not JSON: " + std::string(error.what()));
  }
  if (!request.is_object()) throw RequestError(400, "request body must be a JSON object");
  refuseUnknownFields(request);

  CheckRequest parsed;
  const std::string source_text = requiredString(request, "source");
  const std::string target_text = requiredString(request, "target");
  parsed.source = {optionalString(request, "source_name", "source"), source_text,
                   requiredString(request, "source_lang")};
  parsed.target = {optionalString(request, "target_name", "target"), target_text,
                   requiredString(request, "target_lang")};
  parsed.options.rule_selectors = ruleSelectors(request);
  parsed.options.settings.style = optionalString(request, "style", "");
  parsed.options.language_check = languageCheck(request);
  parsed.options.timeout_seconds = timeout_seconds;

  // Everything the request names is checked before the work, as `concord check` checks its flags.
  try {
    canonicalLanguageTag(parsed.source.lang, "source_lang");
    canonicalLanguageTag(parsed.target.lang, "target_lang");
    validateRequestStyle(parsed.options.settings.style);
    selectRules(parsed.options.rule_selectors);
  } catch (const UserError& error) {
    throw RequestError(422, error.what());
  }
  return parsed;
}

}  // namespace concord::serve
