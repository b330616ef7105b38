#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// typography/quote-punctuation: in English under a house style that puts periods and commas inside the
/// closing quotation mark (AP; option `inside_styles`), a period or comma right after the closing mark
/// (`the “Russian Volunteer Corps”.`) is reported with the punctuation moved inside (`.”`). Info. British
/// styles (BBC, Guardian, Reuters) put punctuation outside a quoted fragment and are not checked.
class TypographyQuotePunctuationRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
