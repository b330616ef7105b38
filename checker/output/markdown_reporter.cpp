// Markdown for a pull-request comment: a verdict line, a table per article, then the findings (capped, a PR
// comment has a size limit; the SARIF/JSON outputs carry everything).
#include <sstream>

#include "checker/output/reporter.h"
#include "checker/output/visible_text.h"

namespace concord {
namespace {

constexpr std::size_t kMaxFindingRows = 200;

// A table cell: pipes escaped, line breaks flattened, Markdown emphasis characters left inert.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string renderMarkdown(const BatchReport& report) {
  std::ostringstream out;
  const SeverityCounts total = report.counts();
  const std::size_t failed = report.failedPairs();
  out << "### Concord: " << report.pairs.size() << (report.pairs.size() == 1 ? " article" : " articles")
      << ", " << total.errors << " errors, " << total.warnings << " warnings, " << total.infos << " infos";
  if (failed > 0) out << ", " << failed << " not checked";
  out << "\n\n";
  out << "| Article | Source | Errors | Warnings | Infos | Status |\n";
  out << "|---|---|---:|---:|---:|---|\n";
  for (const PairReport& pair : report.pairs) {
    const SeverityCounts c = pair.counts();
    const std::string status = pair.error       ? "⛔ " + cell(*pair.error)
                               : c.errors > 0   ? "❌ errors"
                               : c.warnings > 0 ? "⚠️ warnings"
                               : c.infos > 0    ? "ℹ️ infos"
                                                : "✅ clean";
    out << "| " << cell(pair.target_path) << " | " << cell(pair.source_path) << " | " << c.errors << " | "
        << c.warnings << " | " << c.infos << " | " << status << " |\n";
  }
  if (total.total() > 0) {
    out << "\n| Where | Severity | Rule | Finding | Suggestion |\n|---|---|---|---|---|\n";
    std::size_t rows = 0;
    for (const PairReport& pair : report.pairs) {
      for (const ReportedFinding& f : pair.findings) {
        if (++rows > kMaxFindingRows) continue;  // counted, not shown
        const auto& at = f.primaryLocation();
        out << "| " << cell(f.onTarget() ? pair.target_path : pair.source_path);
        if (at.is_object()) out << ':' << at.value("line", 0) << ':' << at.value("column", 0);
        const bool has_suggestion = f.contract.contains("suggestion") && f.contract["suggestion"].is_string();
        out << " | " << f.contract.value("severity", "warning") << " | " << cell(f.rule()) << " | "
            << cell(f.message()) << " | "
            << (has_suggestion ? cell(f.contract["suggestion"].get<std::string>()) : "") << " |\n";
      }
    }
    if (rows > kMaxFindingRows)
      out << "\n" << (total.total() - kMaxFindingRows) << " more findings are in the full report.\n";
  }
  if (report.baseline_hidden > 0 || !report.fixed.empty()) {
    out << "\nBaseline: " << report.baseline_hidden << " known findings hidden, " << report.fixed.size()
        << " fixed.\n";
    for (const FixedFinding& fixed : report.fixed)
      out << "- fixed: " << cell(fixed.article) << " `" << fixed.rule << "` " << cell(fixed.text) << "\n";
  }
  // Article text reaches every cell; a PR comment is read in terminals and logs too.
  return visibleControls(out.str());
}

}  // namespace concord
