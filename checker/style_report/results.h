#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "checker/model/finding.h"
#include "checker/output/report.h"

namespace concord::report {

/// One checked pair as the style-guide report sees it: target_path, date, error (and the rest).
using ArticleResult = PairReport;

/// One finding, reduced to what the report counts and quotes.
struct FindingRecord {
  std::size_t article = 0;  ///< index into ResultSet::articles
  std::string rule;
  std::string category;
  Severity severity = Severity::warning;
  std::string side;  ///< "target" or "source"
  std::size_t line = 0;
  std::string text;  ///< the flagged text of the primary side
  std::optional<std::string> suggestion;
  std::string message;
};

/// The report's flat view of a run: its pairs and every finding with the index of its pair.
struct ResultSet {
  std::span<const PairReport> articles;  ///< the pairs of the BatchReport it was built from
  std::vector<FindingRecord> findings;
  /// The folder all target paths share ("/work/corpora/"), when there are two articles or more; labels
  /// drop it so that the page shows "belgorod/target.en.txt", not the same long prefix on every row.
  std::string label_prefix;
};

/// The flat view of `report`, checked in this process or read back from JSON Lines (readJsonl). `report`
/// must outlive the view.
ResultSet resultSet(const BatchReport& report);

}  // namespace concord::report
