#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// quotes/unbalanced: per paragraph of the target, quotation marks must open and close in pairs and nest with
/// the locale's alternate marks. Fires on a quotation opened inside an open one with the same mark, a closing
/// mark with nothing open, and a quotation left open at the end of a paragraph that the next paragraph does
/// not continue (AP: a running quotation reopens each paragraph and closes only in the last). A paragraph
/// that pairs up once a reopened mark is read as a nested quotation (“a “b” c”: a nesting flattened onto the
/// outer marks) gets one finding per inner quotation instead, with the inner level's marks as suggestion.
class QuotesUnbalancedRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
