#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// typography/double-space: two or more spaces between words in a target paragraph (a leftover of MT
/// post-editing or of a removed word). Info, with a single space as the suggestion. Line-end spaces and the
/// blanks that stand for Markdown markup are not counted.
class TypographyDoubleSpaceRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
