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
  /// Per gold link type ("1-1", "2-1", "1-0" …; "other" for more than 4 sentences on a side): gold count and
  /// exactly found count.
  std::map<std::string, std::pair<std::size_t, std::size_t>> gold_by_type;
  /// Per predicted link type: predicted count and how many are exactly a gold link (1-0 precision …).
  std::map<std::string, std::pair<std::size_t, std::size_t>> predicted_by_type;
  /// The same for the predicted links whose confidence reached `confident_at` (addConfident): the 1-0 links a
  /// check reports as warnings (a finding under 0.5 confidence is only an info), so "confident 1-0 precision"
  /// is how often an omission warning is right and "confident 1-0 recall" how many omissions it warns of.
  std::map<std::string, std::pair<std::size_t, std::size_t>> confident_by_type;

  double strictPrecision() const;
  double strictRecall() const;
  double strictF1() const;
  double laxPrecision() const;
  double laxRecall() const;
  double laxF1() const;
  /// Exact-match recall / precision of one link type ("1-0"); 0 when there is none.
  double typeRecall(const std::string& type) const;
  double typePrecision(const std::string& type) const;
  /// Among predicted links with confidence >= the threshold given to addConfident: right / predicted, and
  /// right / all gold links of the type.
  double confidentPrecision(const std::string& type) const;
  double confidentRecall(const std::string& type) const;

  /// Adds the counts of one file pair.
  void add(const std::vector<IdLink>& gold, const std::vector<IdLink>& predicted);
  /// Counts into confident_by_type the predicted links (confidences[k] belongs to predicted[k]) at or above
  /// `threshold`. Call it with add() for the same files, so that recall has its gold counts.
  void addConfident(const std::vector<IdLink>& gold, const std::vector<IdLink>& predicted,
                    const std::vector<double>& confidences, double threshold);
};

/// "1-1", "2-1", "1-0", … and "other" beyond 4 sentences on a side (the most the aligner links).
std::string linkType(const IdLink& link);

}  // namespace concord::aligners
