#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/text_range.h"

namespace concord {

enum class Severity : std::uint8_t { info, warning, error };
enum class Side : std::uint8_t { source, target };

std::string_view severityName(Severity severity);
/// Parses "info" | "warning" | "error"; nullopt otherwise.
std::optional<Severity> parseSeverity(std::string_view name);

/// A secondary place that explains a finding ("the source has one quotation here").
struct Note {
  Side side = Side::source;
  TextRange range;
  std::string message;
};

/// One problem found by one rule. Ranges are byte offsets into the side's document text; reporters turn
/// them into lines and columns. The side that has the problem is `primary`; the other side's range, when
/// set, is the aligned counterpart (the source sentence of a target finding, or the source name).
struct Finding {
  std::string rule_id;
  Severity severity = Severity::warning;
  Side primary = Side::target;
  std::optional<TextRange> target;
  std::optional<TextRange> source;
  std::string message;                    ///< one sentence, quoting the text
  std::optional<std::string> suggestion;  ///< replacement for the primary range, when one is safe
  std::vector<Note> notes;
  double confidence = 1.0;  ///< how sure the rule is (alignment confidence folded in), 0..1

  TextRange primaryRange() const { return primary == Side::target ? *target : *source; }
  /// "quotes" for "quotes/unbalanced".
  std::string_view category() const;
};

/// The fixed set of rule categories (DESIGN.md); a rule id's prefix must be one of them.
const std::vector<std::string_view>& ruleCategories();

/// Sorts findings by (target position, source position, rule id) and removes exact duplicates, so output
/// never depends on rule order or hash iteration.
void sortAndDedupe(std::vector<Finding>& findings);

}  // namespace concord
