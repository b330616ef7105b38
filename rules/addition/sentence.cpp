#include "rules/addition/sentence.h"

#include "rules/evidence/unmatched_content.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "addition/sentence", "A target sentence with no counterpart in the source",
    "An added sentence is content nobody reported: a hallucinated quote, a repeated paragraph, a leftover "
    "from another story. The aligner finds target sentences that nothing in the source corresponds to.",
    Severity::warning};

}  // namespace

const RuleInfo& AdditionSentenceRule::info() const { return kInfo; }

void AdditionSentenceRule::check(const AlignedPair& pair, RuleContext& context) const {
  reportUnpairedSentences(pair, context, Side::target);
}

}  // namespace concord::rules
