// The public library API (include/concord/concord.h) over the pipeline: one pair, as `concord check` checks
// it, with findings turned into plain positioned records.
#include <optional>

#include "checker/pipeline/pipeline.h"
#include "concord/concord.h"
#include "dictionaries/dictionary_set.h"
#include "rules/registry.h"

namespace concord::api {
namespace {

std::vector<Finding> check(const ArticleInput& source, const ArticleInput& target, const Options& options) {
  CheckOptions check_options;
  check_options.rule_selectors = options.rules;
  check_options.settings.style = options.style;
  if (!options.style.empty()) validateStyle(options.style);
  // One dictionary set per process, as the command line has: it loads each language's data once.
  static const DictionarySet dictionaries;
  const CheckResult result = checkPair(source, target, check_options, dictionaries);
  std::vector<Finding> findings;
  for (const concord::Finding& finding : result.findings) {
    const Document& document = finding.primary == Side::target ? *result.target : *result.source;
    const TextRange range = finding.primaryRange();
    const LineColumn position = document.lines().at(range.begin);
    findings.push_back({finding.rule_id, std::string(severityName(finding.severity)),
                        finding.primary == Side::target ? "target" : "source", position.line, position.column,
                        document.text().substr(range.begin, range.end - range.begin), finding.message,
                        finding.suggestion.value_or("")});
  }
  return findings;
}

}  // namespace

std::vector<Finding> checkFiles(const std::string& source_path, const std::string& target_path,
                                const Options& options) {
  return check({source_path, std::nullopt, options.source_lang},
               {target_path, std::nullopt, options.target_lang}, options);
}

std::vector<Finding> checkTexts(const std::string& source_text, const std::string& target_text,
                                const Options& options) {
  return check({"source", source_text, options.source_lang}, {"target", target_text, options.target_lang},
               options);
}

std::vector<Rule> listRules() {
  std::vector<Rule> rules;
  for (const auto& rule : rules::builtinRules()) {
    const rules::RuleInfo& info = rule->info();
    rules.push_back(
        {std::string(info.id), std::string(severityName(info.default_severity)), std::string(info.summary)});
  }
  return rules;
}

std::string version() { return CONCORD_VERSION; }

}  // namespace concord::api
