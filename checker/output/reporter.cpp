#include "checker/output/reporter.h"

#include <stdexcept>

namespace concord {

const std::vector<std::string>& reportFormats() {
  static const std::vector<std::string> kFormats = {"text",     "json",   "jsonl", "sarif", "junit",
                                                    "markdown", "github", "html",  "xliff"};
  return kFormats;
}

std::string renderReport(std::string_view format, const BatchReport& report, const ReportOptions& options) {
  if (format == "text") return renderText(report, options);
  if (format == "json") return renderJson(report, options);
  if (format == "jsonl") return renderJsonl(report);
  if (format == "sarif") return renderSarif(report);
  if (format == "junit") return renderJunit(report, options);
  if (format == "markdown") return renderMarkdown(report);
  if (format == "github") return renderGithub(report);
  if (format == "html") return renderHtml(report);
  if (format == "xliff") return renderXliff(report);
  throw std::invalid_argument("unknown report format " + std::string(format));
}

}  // namespace concord
