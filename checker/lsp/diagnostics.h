#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "checker/model/finding.h"
#include "checker/pipeline/pipeline.h"

namespace concord::lsp {

/// The file URIs of a checked pair, for locations on either side.
struct PairUris {
  std::string source;
  std::string target;

  const std::string& on(Side side) const { return side == Side::source ? source : target; }
};

/// The document of `side` in a checked pair.
inline const Document& documentOn(const CheckResult& result, Side side) {
  return side == Side::source ? *result.source : *result.target;
}

/// A finding as an LSP Diagnostic on its primary side: range in UTF-16 units, severity, the rule id as code,
/// codeDescription.href to the rule's docs page (when installed), the aligned counterpart on the other side
/// and the rule's notes as relatedInformation.
nlohmann::json diagnosticOf(const Finding& finding, const CheckResult& result, const PairUris& uris);

/// The file URI of docs/rules/<id>.md, or nullopt when the page is not installed.
std::optional<std::string> ruleDocUri(const std::string& rule_id);

/// The LSP DiagnosticSeverity number of `severity` (1 error, 2 warning, 3 information).
int lspSeverity(Severity severity);

}  // namespace concord::lsp
