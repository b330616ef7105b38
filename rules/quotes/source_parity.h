#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// quotes/source-parity: the quotations of a target paragraph against those of its aligned source
/// paragraphs. Reports a quotation of the source that the translation does not quote (reported on the
/// source), a quotation the translation has and the source has not, and quoted words moved outside the marks
/// (the quoted share of the paragraph halves); and, where the paragraph quotes as often as its source, a
/// quotation dropped, repeated or added inside one aligned sentence pair. Marks are compared as quotations,
/// not characters, so « » → “ ” and a quotation closed and reopened around the attribution ("We will hold,"
/// he said, "until the end.") are not differences. Short quotations (three words or fewer: scare quotes,
/// which editors drop or add by house style) only give info; paragraphs whose marks do not pair up are left
/// to quotes/unbalanced; paragraphs the aligner does not map whole, or maps with low confidence, are skipped
/// or given as info.
class QuotesSourceParityRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
