#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "checker/pipeline/pipeline.h"

namespace concord {

/// The stable JSON contract of DESIGN.md for one checked pair (fields may be added, never renamed).
nlohmann::json findingsToJson(const CheckResult& result);
/// One finding in the contract's shape.
nlohmann::json findingToJson(const Finding& finding, const Document& source, const Document& target);

void writeJson(const CheckResult& result, std::ostream& out);

}  // namespace concord
