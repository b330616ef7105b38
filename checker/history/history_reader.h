#pragma once

#include <string>

#include "checker/output/report.h"

namespace concord::history {

/// Which recorded pairs a report reads: article dates from `since` to `until`, both included (YYYY-MM-DD;
/// empty: no bound).
struct HistoryRange {
  std::string since;
  std::string until;
};

/// The latest recorded check of every article (same source and target) whose date falls in `range`, as
/// the style-guide report reads JSON Lines: pairs with their date, languages, error and findings (the JSON
/// contract objects and fingerprints as recorded). An article checked again is counted once, as last seen.
/// Opens the file read-only; throws UserError naming it when it is missing, not a Concord history, or of
/// another schema version (an older one is upgraded by the next `concord check --history`).
BatchReport readHistory(const std::string& path, const HistoryRange& range);

}  // namespace concord::history
