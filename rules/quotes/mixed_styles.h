#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// quotes/mixed-styles: straight " and typographic quotation marks (the target locale's “ ” or « » …) in one
/// article. The minority style is reported mark by mark, with the majority style's mark as the suggestion
/// (straight marks become the locale's opening or closing mark by position); on a tie the straight marks are
/// the minority. In copy of a house style that prints typographic marks (not in option `straight_styles`,
/// default ap,reuters) every straight " is reported instead, with the mark of its nesting level. Straight and
/// typographic apostrophes (don't / don’t) mixed in one article are reported the
/// same way as info.
class QuotesMixedStylesRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
