#pragma once

#include <istream>
#include <string>
#include <vector>

#include "checker/output/report.h"

namespace concord {

/// One pair as JSON Lines (CONVENTIONS.md): a {"type":"finding"} line per finding, then its {"type":"pair"}
/// summary line. Each line ends with '\n'; a pair's lines are contiguous.
std::string pairToJsonl(const PairReport& pair);

/// Reads JSON Lines written by pairToJsonl (from one or many mappers) back into pair reports, appended to
/// `report`. Findings are attached to the next pair line with the same paths. Throws UserError `name:line`
/// for a line that is not JSON or not a Concord record, for a field the contract does not allow
/// (jsonl_validation.h: `"confidence" must be a number from 0 to 1, not null`), and for findings whose pair
/// line never comes (a truncated file).
void readJsonl(std::istream& in, const std::string& name, BatchReport& report);

/// readJsonl of each file in turn (`-` is standard input); then sorts the pairs (BatchReport::sortPairs).
/// Throws UserError for a file that cannot be opened.
void readJsonlFiles(const std::vector<std::string>& files, BatchReport& report);

}  // namespace concord
