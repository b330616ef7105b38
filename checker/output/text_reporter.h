#pragma once

#include <ostream>

#include "checker/pipeline/pipeline.h"

namespace concord {

struct TextReportOptions {
  bool color = false;
  bool show_source = true;  ///< print the aligned source sentence under each target finding
};

/// Compiler-style report: `file:line:col: severity: message [rule]`, the line, a caret under the span, the
/// aligned source sentence, then a summary line.
void writeText(const CheckResult& result, std::ostream& out, const TextReportOptions& options);
/// The same for a subset of `result.findings` (what is left after a baseline), in the given order.
void writeTextFindings(const CheckResult& result, const std::vector<const Finding*>& findings,
                       std::ostream& out, const TextReportOptions& options);

}  // namespace concord
