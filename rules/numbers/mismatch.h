#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// numbers/mismatch: every number of a source sentence must be in its aligned target sentences, by value:
/// "1 500,5" = "1,500.5", "neuf" = "Nine", "2,5 millions" = "2.5 million", "soixante-dix" = "seventy".
/// A source number whose value the target lacks is reported on the target as changed when the target has an
/// unexplained number in its place (neuf → ten), and on the source as missing otherwise. Words that may not
/// be numbers (un/une/one as articles and pronouns, fr "neuf" = new) and quantity words (both, beide, a
/// dozen) never count against the target; an ordinal is reported only as changed into another ordinal
/// (neuvième → eighth), never as missing. A changed time gets the source time written the target's way (3:30
/// p.m. → 2:30 p.m. for 14.30 Uhr); a value found in the neighbouring sentences (an alignment slip) is not
/// reported.
class NumbersMismatchRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
