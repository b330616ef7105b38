#pragma once

#include <string>
#include <vector>

#include "checker/fixing/fix_plan.h"
#include "checker/pipeline/pipeline.h"

namespace concord {

class DictionarySet;

/// What fixing one pair did: the target before and after, and the edits (offsets into the target as read).
struct FixOutcome {
  CheckResult before;  ///< the check the edits came from (its target is the file as read)
  std::string fixed;   ///< the target's bytes with the edits applied
  FixPlan plan;
};

/// Checks the pair with `options`, applies the suggestions of its rules that `fix_selectors` choose and that
/// may be fixed (fix_rules.h). Reads the files; writes nothing.
FixOutcome fixPair(const ArticleInput& source, const ArticleInput& target, const CheckOptions& options,
                   const std::vector<std::string>& fix_selectors, const DictionarySet& dictionaries);

/// The findings of the fixed target, checked again with `options` (the findings of the first check when
/// nothing was fixed).
std::vector<Finding> findingsAfterFixing(const ArticleInput& source, const FixOutcome& outcome,
                                         const CheckOptions& options, const DictionarySet& dictionaries);

/// Writes `fixed` over the target `path` (links followed, so a link stays a link; atomically, keeping its
/// mode). Throws UserError naming the path when it is the same file as `source_path`.
void writeFixedTarget(const std::string& path, const std::string& source_path, const std::string& fixed);

}  // namespace concord
