#include "rules/omission/sentence.h"

#include "rules/evidence/unmatched_content.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "omission/sentence", "A source sentence with no translation in the target",
    "Machine translation and hurried editing drop whole sentences — often a casualty figure, an attribution "
    "or a denial. The aligner finds source sentences that nothing in the target corresponds to.",
    Severity::warning};

}  // namespace

const RuleInfo& OmissionSentenceRule::info() const { return kInfo; }

void OmissionSentenceRule::check(const AlignedPair& pair, RuleContext& context) const {
  reportUnpairedSentences(pair, context, Side::source);
}

}  // namespace concord::rules
