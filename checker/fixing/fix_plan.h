#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/model/document.h"
#include "checker/model/finding.h"

namespace concord {

/// One replacement in the target's bytes, taken from a finding's suggestion.
struct Edit {
  TextRange range;          ///< byte offsets into Document::original()
  std::string replacement;  ///< what the range becomes
  std::string rule_id;      ///< the rule whose suggestion it is
};

/// A suggestion that was not applied, and why (shown to the user).
struct SkippedFix {
  Edit edit;
  std::string reason;
};

/// The edits one pass of `concord fix` applies, in text order, none overlapping.
struct FixPlan {
  std::vector<Edit> edits;
  std::vector<SkippedFix> skipped;  ///< not applied: ambiguous, over markup, or overlapping an applied one
};

/// Plans the edits of the target-side findings of `fixable` rules that carry a suggestion. A suggestion is
/// applied only when it is the one replacement proposed for its range (two rules proposing different text
/// for the same range are both skipped), changes the text, and covers article text only (a range with
/// Markdown syntax or a CR inside is skipped: the replacement would delete it). Of two edits that overlap,
/// the earlier one is applied and the later skipped: it was computed for text the first one changes, so it
/// is for a second run, which checks the fixed text, to propose again.
FixPlan planFixes(const Document& target, const std::vector<Finding>& findings,
                  const std::vector<std::string>& fixable);

/// `original` with `edits` (sorted, not overlapping) applied.
std::string applyEdits(std::string_view original, const std::vector<Edit>& edits);

}  // namespace concord
