#pragma once

#include <ostream>

#include "checker/pipeline/pipeline.h"

namespace concord {

/// `concord align` output: TSV (link kind, confidence, source lines, target lines, source text, target text).
void writeAlignmentTsv(const CheckResult& result, std::ostream& out);
/// The same as JSON: {"links": [{"kind", "confidence", "source": {...}, "target": {...}}]}.
void writeAlignmentJson(const CheckResult& result, std::ostream& out);

}  // namespace concord
