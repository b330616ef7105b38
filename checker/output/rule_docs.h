#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/model/finding.h"

namespace concord {

/// What `concord explain ID` prints: the rule's docs page when installed, else its summary and rationale.
/// Throws UserError for an unknown rule id.
std::string ruleDocText(const std::string& rule_id);

/// ruleDocText of every rule that has a finding in `findings`, for pages that embed the docs.
std::map<std::string, std::string> ruleDocsFor(const std::vector<Finding>& findings);

/// Every built-in rule in registry order, as `concord rules --format json` prints it and `concord serve`
/// answers GET /v1/rules: [{"id", "category", "summary", "rationale", "default_severity"}].
nlohmann::json ruleListJson();

}  // namespace concord
