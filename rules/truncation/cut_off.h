#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// truncation/cut-off: a target paragraph or headline that stops mid-sentence. It ends, with no terminal
/// punctuation, on a word a complete sentence does not end on in the target language (an article,
/// preposition, conjunction or determiner from dictionaries/function_words/<lang>.txt): "… concerned about
/// a". A body paragraph that merely lacks the terminal punctuation its aligned source paragraph has is
/// reported as info (it may be cut after a verb or noun). Headlines without a full stop are normal and are
/// only reported on the first evidence.
class TruncationCutOffRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
