#include "checker/model/error.h"
#include "checker/output/reporter.h"
#include "checker/output/xliff_annotation.h"

namespace concord {
namespace {

// What the translator reads in the CAT tool's note pane: severity, message, rule id, then the suggestion.
std::string noteText(const ReportedFinding& finding) {
  std::string text =
      std::string(severityName(finding.severity())) + ": " + finding.message() + " [" + finding.rule() + "]";
  const auto suggestion = finding.contract.find("suggestion");
  if (suggestion != finding.contract.end() && suggestion->is_string())
    text += " Suggestion: " + suggestion->get<std::string>();
  return text;
}

}  // namespace

std::string renderXliff(const BatchReport& report) {
  if (report.pairs.size() != 1 || !report.pairs.front().result)
    throw UserError("--format xliff", kXliffFormatNeedsOneXliff);
  const PairReport& pair = report.pairs.front();
  const Document& file = *pair.result->target;
  if (file.fileFormat() != FileFormat::xliff || pair.result->source->path() != file.path())
    throw UserError("--format xliff", kXliffFormatNeedsOneXliff);
  std::vector<XliffNote> notes;
  for (const ReportedFinding& finding : pair.findings) {
    if (finding.origin == nullptr) continue;
    notes.push_back({finding.origin->primaryRange().begin, finding.severity(), finding.origin->primary,
                     noteText(finding)});
  }
  return annotateXliff(file.path(), file.original(), notes);
}

}  // namespace concord
