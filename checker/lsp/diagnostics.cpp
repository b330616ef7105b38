#include "checker/lsp/diagnostics.h"

#include <filesystem>

#include "checker/lsp/file_uri.h"
#include "checker/lsp/lsp_positions.h"
#include "checker/model/data_dir.h"

namespace concord::lsp {
namespace {

nlohmann::json related(const CheckResult& result, const PairUris& uris, Side side, TextRange range,
                       std::string message) {
  const Document& doc = documentOn(result, side);
  return {{"location", {{"uri", uris.on(side)}, {"range", lspRange(doc, range)}}},
          {"message", std::move(message)}};
}

// The counterpart quoted, so an editor's hover over the diagnostic shows the source without opening it.
std::string quoted(const CheckResult& result, Side side, TextRange range) {
  const std::string text(range.in(documentOn(result, side).original()));
  return (side == Side::source ? "source: " : "translation: ") + text;
}

}  // namespace

int lspSeverity(Severity severity) {
  switch (severity) {
    case Severity::error:
      return 1;
    case Severity::warning:
      return 2;
    case Severity::info:
      return 3;
  }
  return 3;
}

std::optional<std::string> ruleDocUri(const std::string& rule_id) {
  const std::string page = dataPath("docs/rules/" + rule_id + ".md");
  if (!std::filesystem::exists(page)) return std::nullopt;
  return uriFromPath(page);
}

nlohmann::json diagnosticOf(const Finding& finding, const CheckResult& result, const PairUris& uris) {
  const Side side = finding.primary;
  const Side other = side == Side::source ? Side::target : Side::source;
  nlohmann::json diagnostic = {{"range", lspRange(documentOn(result, side), finding.primaryRange())},
                               {"severity", lspSeverity(finding.severity)},
                               {"code", finding.rule_id},
                               {"source", "concord"},
                               {"message", finding.message}};
  if (const auto href = ruleDocUri(finding.rule_id)) diagnostic["codeDescription"] = {{"href", *href}};
  nlohmann::json information = nlohmann::json::array();
  const std::optional<TextRange>& counterpart = other == Side::source ? finding.source : finding.target;
  if (counterpart) {
    information.push_back(related(result, uris, other, *counterpart, quoted(result, other, *counterpart)));
  }
  for (const Note& note : finding.notes)
    information.push_back(related(result, uris, note.side, note.range, note.message));
  if (!information.empty()) diagnostic["relatedInformation"] = std::move(information);
  if (finding.suggestion) diagnostic["data"] = {{"suggestion", *finding.suggestion}};
  return diagnostic;
}

}  // namespace concord::lsp
