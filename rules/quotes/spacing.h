#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// quotes/spacing: white space inside quotation marks where the target language has none — English
/// “ We will hold ”, or a no-break space (U+00A0, U+202F) carried from French next to a mark — as a warning,
/// with the mark alone (or a plain space outside) as the suggestion. In French, guillemets want a no-break
/// space inside (« texte », narrow U+202F or U+00A0): a plain space or none there is reported as info.
/// Marks of another locale are left to quotes/foreign-marks, straight marks to quotes/mixed-styles.
class QuotesSpacingRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
