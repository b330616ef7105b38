#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// numbers/kept-format: a figure the translation copied with the source's grouping and decimal marks, which
/// the target locale reads differently or not at all: "1.200" or "1 200" in English (1,200), "3,5 %" in
/// English (3.5%), "1,500" in French (1 500). The suggestion is the number written by ICU for the target
/// locale. Evidence from the aligned source (the same figure there, read as the same number) makes it a
/// warning; a figure the target locale rejects with no source evidence is info. A space-grouped "10 000" is
/// correct where the language's norm groups with a space (Spanish, German), and a percent sign spaced the
/// other way ("45 %" in English) is typography's, not this rule's.
class NumbersKeptFormatRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
