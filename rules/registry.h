#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace concord::rules {

/// Every built-in rule, sorted by id. One explicit table (registry.cpp), no static self-registration:
/// `concord rules`, `concord explain`, the docs and the tests all read it.
const std::vector<std::unique_ptr<Rule>>& builtinRules();

/// The rule with this id, or nullptr.
const Rule* findRule(std::string_view id);

/// "unknown rule 'ID' (did you mean CLOSEST? concord rules lists them)", the suggestion when one is close.
std::string unknownRuleMessage(std::string_view id);

/// True when `id` is "category/name" with a known category and a lower-case kebab name.
bool isWellFormedRuleId(std::string_view id);

}  // namespace concord::rules
