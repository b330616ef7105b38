#include "rules/omission/clause.h"

#include "rules/evidence/unmatched_content.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{"omission/clause",
                     "A translation much shorter than its source sentence, by this article's own standard",
                     "A dropped clause leaves a translation that reads fine on its own; only its length "
                     "betrays it. The ratio is judged against the article's own sentence pairs, so the rule "
                     "adapts to the language pair and the translator.",
                     Severity::warning};

}  // namespace

const RuleInfo& OmissionClauseRule::info() const { return kInfo; }

void OmissionClauseRule::check(const AlignedPair& pair, RuleContext& context) const {
  reportLengthOutliers(pair, context, Side::source);
}

}  // namespace concord::rules
