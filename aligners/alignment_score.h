#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "aligners/link_format.h"

namespace concord::aligners {

/// Counts of the field's sentence-alignment scorer (Sennrich & Volk 2011, as implemented in Vecalign's
/// score.py and copied by Bertalign's eval.py), summed over files so that figures compare with published
/// tables, plus per-link-type counts that those tools do not report.
struct AlignmentScore {
  // Precision counts over every predicted link (1-0 and 0-1 included).
  std::size_t strict_true = 0, strict_false = 0, lax_true = 0, lax_false = 0;
  // Recall counts over gold links non-empty on both sides, matched against predicted links non-empty on both.
  std::size_t recall_strict_true = 0, recall_strict_false = 0, recall_lax_true = 0, recall_lax_false = 0;
  /// Per gold link type ("1-1", "2-1", "1-0" …; "other" for larger): gold count and exactly found count.
  std::map<std::string, std::pair<std::size_t, std::size_t>> gold_by_type;
  /// Per predicted link type: predicted count and how many are exactly a gold link (1-0 precision …).
  std::map<std::string, std::pair<std::size_t, std::size_t>> predicted_by_type;

  double strictPrecision() const;
  double strictRecall() const;
  double strictF1() const;
  double laxPrecision() const;
  double laxRecall() const;
  double laxF1() const;
  /// Exact-match recall / precision of one link type ("1-0"); 0 when there is none.
  double typeRecall(const std::string& type) const;
  double typePrecision(const std::string& type) const;

  /// Adds the counts of one file pair.
  void add(const std::vector<IdLink>& gold, const std::vector<IdLink>& predicted);
};

/// "1-1", "2-1", "1-0", … and "other" beyond 3 sentences on a side.
std::string linkType(const IdLink& link);

}  // namespace concord::aligners
