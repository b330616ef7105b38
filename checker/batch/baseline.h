#pragma once

#include <map>
#include <string>
#include <vector>

#include "checker/model/document.h"
#include "checker/model/finding.h"
#include "checker/output/report.h"

namespace concord {

/// A finding's identity across edits of the article: hash of the rule id, the article (target file name,
/// without its folder), the normalized text of the finding's span and the normalized sentence around it.
/// Line numbers are deliberately left out, so an edit elsewhere in the article does not change it.
/// Normalized = NFC + case folding + runs of white space collapsed to one space, trimmed.
std::string findingFingerprint(const Finding& finding, const Document& source, const Document& target);

/// Accepted findings (`concord baseline create`), matched by fingerprint with multiplicity: a baseline
/// recording a fingerprint twice hides two findings with it, a third one is new.
class Baseline {
 public:
  /// Reads a baseline file written by save(). Throws UserError naming the file (and line) when it is not one.
  static Baseline load(const std::string& path);
  /// Every finding of `report` (failed pairs have none).
  static Baseline fromReport(const BatchReport& report);

  /// The baseline file: JSON, one entry per finding, sorted, with the rule, article and text for people.
  std::string serialize() const;

  /// Removes baselined findings from `report`, counts them in `baseline_hidden`, and lists entries that
  /// matched nothing as `fixed` (only for articles present in the run: an article left out is not fixed).
  void apply(BatchReport& report) const;

  std::size_t size() const { return entries_.size(); }

 private:
  std::vector<FixedFinding> entries_;  // sorted by (article, rule, fingerprint)
};

}  // namespace concord
