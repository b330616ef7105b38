#include "rules/addition/clause.h"

#include "rules/evidence/unmatched_content.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{"addition/clause",
                     "A translation much longer than its source sentence, by this article's own standard",
                     "Machine translation sometimes adds an explanation, repeats a clause or merges in "
                     "material that is not in the source. Judged against the article's own length ratio.",
                     Severity::warning};

}  // namespace

const RuleInfo& AdditionClauseRule::info() const { return kInfo; }

void AdditionClauseRule::check(const AlignedPair& pair, RuleContext& context) const {
  reportLengthOutliers(pair, context, Side::target);
}

}  // namespace concord::rules
