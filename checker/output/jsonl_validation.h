#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

namespace concord {

/// Checks a {"type":"finding"} JSON Lines record against the contract of docs/json.md before it is read
/// back (`concord merge`, `concord report`): "rule", "severity" (error, warning or info) and "message" are
/// required; every other field of the contract, when present, has its documented type and range (a
/// location's line and column are integers from 1, "confidence" a number from 0 to 1, "suggestion" a string
/// or null …). Fields the contract does not name are left alone (later versions may add some). Throws
/// UserError `name:line: "field" must be …, not …`.
void validateFindingRecord(const nlohmann::json& record, const std::string& name, std::size_t line);

/// The same for a {"type":"pair"} record: "source_path" and "target_path" are required strings; "date" is
/// YYYY-MM-DD or null, "summary" holds counts (integers from 0), "error" is a string or null, "notes" an
/// array of strings.
void validatePairRecord(const nlohmann::json& record, const std::string& name, std::size_t line);

}  // namespace concord
