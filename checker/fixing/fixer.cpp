#include "checker/fixing/fixer.h"

#include <filesystem>

#include "checker/fixing/fix_rules.h"
#include "checker/model/error.h"
#include "checker/output/atomic_file.h"

namespace concord {

FixOutcome fixPair(const ArticleInput& source, const ArticleInput& target, const CheckOptions& options,
                   const std::vector<std::string>& fix_selectors, const DictionarySet& dictionaries) {
  FixOutcome outcome;
  outcome.before = checkPair(source, target, options, dictionaries);
  std::vector<std::string> chosen;
  for (const auto* rule : selectRules(fix_selectors)) chosen.emplace_back(rule->info().id);
  outcome.plan = planFixes(*outcome.before.target, outcome.before.findings, fixableRules(chosen));
  outcome.fixed = applyEdits(outcome.before.target->original(), outcome.plan.edits);
  return outcome;
}

std::vector<Finding> findingsAfterFixing(const ArticleInput& source, const FixOutcome& outcome,
                                         const CheckOptions& options, const DictionarySet& dictionaries) {
  if (outcome.plan.edits.empty()) return outcome.before.findings;
  // The fixed text under the target's name, so its format (Markdown) and language are those of the file.
  const Document& target = *outcome.before.target;
  return checkPair(source, ArticleInput{target.path(), outcome.fixed, target.lang()}, options, dictionaries)
      .findings;
}

void writeFixedTarget(const std::string& path, const std::string& source_path, const std::string& fixed) {
  std::error_code error;
  if (std::filesystem::equivalent(path, source_path, error))
    throw UserError(path, "is the source article (" + source_path + "); concord fix never writes the source");
  writeFileAtomically(path, fixed, ExistingInput::replace);
}

}  // namespace concord
