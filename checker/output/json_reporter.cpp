#include "checker/output/json_reporter.h"

#include "checker/model/location.h"

namespace concord {
namespace {

nlohmann::json locationJson(const Document& doc, const std::optional<TextRange>& range) {
  if (!range) return nullptr;
  const Location loc = locate(doc, *range);
  return {{"line", loc.line},
          {"column", loc.column},
          {"end_line", loc.end_line},
          {"end_column", loc.end_column},
          {"text", loc.text},
          {"offset", range->begin},
          {"end_offset", loc.end_offset}};
}

}  // namespace

nlohmann::json findingToJson(const Finding& finding, const Document& source, const Document& target) {
  nlohmann::json notes = nlohmann::json::array();
  for (const Note& note : finding.notes) {
    const Document& doc = note.side == Side::target ? target : source;
    notes.push_back({{"side", note.side == Side::target ? "target" : "source"},
                     {"message", note.message},
                     {"location", locationJson(doc, note.range)}});
  }
  return {{"rule", finding.rule_id},
          {"category", std::string(finding.category())},
          {"severity", std::string(severityName(finding.severity))},
          {"message", finding.message},
          {"side", finding.primary == Side::target ? "target" : "source"},
          {"target", locationJson(target, finding.target)},
          {"source", locationJson(source, finding.source)},
          {"suggestion", finding.suggestion ? nlohmann::json(*finding.suggestion) : nlohmann::json(nullptr)},
          {"confidence", finding.confidence},
          {"notes", notes}};
}

nlohmann::json findingsToJson(const CheckResult& result) {
  nlohmann::json findings = nlohmann::json::array();
  std::size_t errors = 0, warnings = 0, infos = 0;
  for (const Finding& finding : result.findings) {
    findings.push_back(findingToJson(finding, *result.source, *result.target));
    (finding.severity == Severity::error     ? errors
     : finding.severity == Severity::warning ? warnings
                                             : infos)++;
  }
  return {{"tool", {{"name", "concord"}, {"version", CONCORD_VERSION}}},
          {"source", {{"path", result.source->path()}, {"lang", result.source->lang()}}},
          {"target", {{"path", result.target->path()}, {"lang", result.target->lang()}}},
          {"findings", findings},
          {"notes", result.notes},
          {"summary", {{"errors", errors}, {"warnings", warnings}, {"infos", infos}}}};
}

void writeJson(const CheckResult& result, std::ostream& out) {
  out << findingsToJson(result).dump(2) << '\n';
}

}  // namespace concord
