#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/model/finding.h"
#include "checker/pipeline/pipeline.h"

namespace concord {

/// One finding as every reporter sees it: the JSON contract object (DESIGN.md; the single source of truth
/// for field values) plus the stable fingerprint baselines match on. Built from a CheckResult in-process,
/// or read back from a JSON Lines file by `concord merge`, so reporters never need the Documents.
struct ReportedFinding {
  nlohmann::json contract;
  std::string fingerprint;
  const Finding* origin = nullptr;  ///< the finding in PairReport::result, when in-process

  Severity severity() const;
  std::string rule() const { return contract.value("rule", ""); }
  std::string message() const { return contract.value("message", ""); }
  /// The primary location object ("target" or "source" per `side`); null when absent.
  const nlohmann::json& primaryLocation() const;
  /// The other side's location (the aligned counterpart); null when absent.
  const nlohmann::json& secondaryLocation() const;
  bool onTarget() const { return contract.value("side", "target") == "target"; }
};

/// Counts by severity.
struct SeverityCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  void add(Severity severity);
  std::size_t operator[](Severity severity) const;  ///< the count of one severity
  std::size_t total() const { return errors + warnings + infos; }
};

/// Everything reported about one article pair: its findings, or why it could not be checked.
struct PairReport {
  std::string source_path;
  std::string target_path;
  std::string source_lang;  ///< empty when the pair failed before languages were known
  std::string target_lang;
  std::optional<std::string> date;   ///< article date YYYY-MM-DD when known
  std::optional<std::string> error;  ///< the one-line UserError when the pair failed
  std::vector<ReportedFinding> findings;
  std::vector<std::string> notes;
  /// The full in-process result (documents, alignment) when there is one; the text reporter uses it for
  /// excerpts. Absent for pairs read back by `concord merge` and for failed pairs.
  std::shared_ptr<const CheckResult> result;

  SeverityCounts counts() const;
};

/// A baseline entry that no longer matches any finding: shown as fixed.
struct FixedFinding {
  std::string fingerprint;
  std::string rule;
  std::string article;
  std::string text;
};

/// A whole run: pairs in a stable order, plus what a baseline hid and what it lists as fixed.
struct BatchReport {
  std::vector<PairReport> pairs;
  std::size_t baseline_hidden = 0;
  std::vector<FixedFinding> fixed;

  SeverityCounts counts() const;
  std::size_t failedPairs() const;
  /// Sorts pairs by (target path, source path), so output never depends on thread scheduling.
  void sortPairs();
};

/// The report of one checked pair. Fingerprints are computed here, while the documents are at hand.
PairReport reportFromResult(std::shared_ptr<const CheckResult> result);

/// The report of a pair that failed with `error` (its paths as the user gave them).
PairReport failedPairReport(std::string source_path, std::string target_path, std::string error);

/// A finding as plain text without the documents (merged reports, JUnit bodies): `path:line:col: severity:
/// message [rule]`, the span's text, the suggestion, and the other side's place and text.
std::string plainFindingText(const PairReport& pair, const ReportedFinding& finding);

/// The per-pair contract object of DESIGN.md (`--format json` for one pair: tool, source, target, findings,
/// notes, summary) with `extra`'s members added, as dump(2) prints it (no final newline). Built finding by
/// finding: the findings are never all copied into one tree, where each costs about ten times its text.
std::string pairContractText(const PairReport& pair, const nlohmann::json& extra = nlohmann::json::object());

}  // namespace concord
