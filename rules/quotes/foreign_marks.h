#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// quotes/foreign-marks: quotation marks of another locale in the target — « » ‹ › or low-9 „ ‚ left in
/// English, « » in German, and in French (option `primary_only`) English “ ” used as the outer marks. Each
/// mark is reported with the target locale's mark for its level as the suggestion (« → “, » → ”, „ → “, and
/// the German closer “ after „ → ”; “ → « in French), with the French spaces inside removed in other
/// languages and a narrow no-break space added in French.
class QuotesForeignMarksRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
