#include "rules/rule.h"

#include <charconv>

namespace concord::rules {

std::optional<std::string> RuleOptions::get(const std::string& key) const {
  const auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string RuleOptions::getOr(const std::string& key, const std::string& fallback) const {
  return get(key).value_or(fallback);
}

double RuleOptions::getNumber(const std::string& key, double fallback) const {
  const auto value = get(key);
  if (!value) return fallback;
  double result = fallback;
  const auto [ptr, ec] = std::from_chars(value->data(), value->data() + value->size(), result);
  return ec == std::errc() && ptr == value->data() + value->size() ? result : fallback;
}

bool RuleOptions::getBool(const std::string& key, bool fallback) const {
  const auto value = get(key);
  if (!value) return fallback;
  if (*value == "true" || *value == "1" || *value == "yes") return true;
  if (*value == "false" || *value == "0" || *value == "no") return false;
  return fallback;
}

bool RuleOptions::listContains(const std::string& key, const std::string& fallback,
                               const std::string& item) const {
  const std::string list = getOr(key, fallback);
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = list.find(',', start);
    const std::size_t end = comma == std::string::npos ? list.size() : comma;
    if (list.compare(start, end - start, item) == 0) return true;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return false;
}

RuleContext::RuleContext(const RuleInfo& info, Severity severity, const RuleOptions& options,
                         const DictionarySet& dictionaries, const CheckSettings& settings, Deadline deadline,
                         std::shared_ptr<PairEvidence> evidence)
    : info_(info),
      severity_(severity),
      options_(options),
      dictionaries_(dictionaries),
      settings_(settings),
      deadline_(std::move(deadline)),
      evidence_(evidence ? std::move(evidence) : std::make_shared<PairEvidence>()) {}

void RuleContext::report(Finding finding) {
  if (finding.rule_id.empty()) finding.rule_id = std::string(info_.id);
  // A rule may ask for a lower severity itself (info for weak evidence); never a higher one than configured.
  if (finding.severity > severity_ || finding.severity == Severity::warning) finding.severity = severity_;
  if (finding.confidence < 0.5 && finding.severity > Severity::info) finding.severity = Severity::info;
  findings_.push_back(std::move(finding));
}

void RuleContext::reportOnTarget(const AlignedPair& pair, std::size_t target_sentence, TextRange range,
                                 std::string message, std::optional<std::string> suggestion) {
  Finding finding;
  finding.primary = Side::target;
  finding.target = range;
  finding.source = pair.sourceRangeOfTarget(target_sentence);
  finding.message = std::move(message);
  finding.suggestion = std::move(suggestion);
  finding.confidence = pair.alignment.linkOfTarget(target_sentence).confidence;
  report(std::move(finding));
}

}  // namespace concord::rules
