#include "checker/output/rule_docs.h"

#include <filesystem>

#include "checker/model/data_dir.h"
#include "checker/model/error.h"
#include "checker/reading/text_file.h"
#include "rules/registry.h"

namespace concord {

std::string ruleDocText(const std::string& rule_id) {
  const rules::Rule* rule = rules::findRule(rule_id);
  if (rule == nullptr) throw UserError("explain", rules::unknownRuleMessage(rule_id));
  const std::string page = dataPath("docs/rules/" + rule_id + ".md");
  if (std::filesystem::exists(page)) return readDataFile(page);
  const auto& info = rule->info();
  return std::string(info.id) + " (" + std::string(severityName(info.default_severity)) + ")\n\n" +
         std::string(info.summary) + "\n\n" + std::string(info.rationale) + '\n';
}

std::map<std::string, std::string> ruleDocsFor(const std::vector<Finding>& findings) {
  std::map<std::string, std::string> docs;
  for (const Finding& finding : findings) {
    // A finding from a rule the registry does not know (none today) is shown without docs.
    if (!docs.contains(finding.rule_id) && rules::findRule(finding.rule_id) != nullptr)
      docs.emplace(finding.rule_id, ruleDocText(finding.rule_id));
  }
  return docs;
}

nlohmann::json ruleListJson() {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& rule : rules::builtinRules()) {
    const auto& info = rule->info();
    list.push_back({{"id", info.id},
                    {"category", info.id.substr(0, info.id.find('/'))},
                    {"summary", info.summary},
                    {"rationale", info.rationale},
                    {"default_severity", severityName(info.default_severity)}});
  }
  return list;
}

}  // namespace concord
