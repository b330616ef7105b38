// Text and JSON for a whole run. One pair keeps the historic output exactly (the compiler-style report,
// or the DESIGN.md contract object); a batch adds per-pair blocks and a closing summary.
#include <sstream>

#include "checker/output/reporter.h"
#include "checker/output/spliced_json.h"
#include "checker/output/text_reporter.h"
#include "checker/output/visible_text.h"

namespace concord {
namespace {

// A batch's pairs start this many spaces in, as dump(2) prints the run's object.
constexpr std::size_t kPairIndent = 4;

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string countsText(const SeverityCounts& c) {
  return plural(c.errors, "error") + ", " + plural(c.warnings, "warning") + ", " + plural(c.infos, "info");
}

void writePair(const PairReport& pair, std::ostream& out, const ReportOptions& options) {
  if (pair.error) {
    out << visibleControls(pair.target_path) << ": error: " << visibleControls(*pair.error) << '\n';
    return;
  }
  if (pair.result) {
    std::vector<const Finding*> shown;
    for (const ReportedFinding& f : pair.findings) shown.push_back(f.origin);
    writeTextFindings(*pair.result, shown, out, {options.color, options.show_source});
    return;
  }
  for (const std::string& note : pair.notes) out << "note: " << visibleControls(note) << '\n';
  for (const ReportedFinding& f : pair.findings) out << visibleControls(plainFindingText(pair, f));
  out << visibleControls(pair.target_path) << ": " << countsText(pair.counts()) << '\n';
}

void writeBaselineSummary(const BatchReport& report, std::ostream& out) {
  if (report.baseline_hidden == 0 && report.fixed.empty()) return;
  out << "baseline: " << plural(report.baseline_hidden, "known finding") << " hidden, " << report.fixed.size()
      << " fixed\n";
  for (const FixedFinding& fixed : report.fixed)
    out << "  fixed: " << visibleControls(fixed.article) << ": [" << visibleControls(fixed.rule) << "] "
        << visibleControls(fixed.text) << '\n';
}

}  // namespace

std::string renderText(const BatchReport& report, const ReportOptions& options) {
  std::ostringstream out;
  if (options.single_pair && report.pairs.size() == 1) {
    writePair(report.pairs.front(), out, options);
    writeBaselineSummary(report, out);
    return out.str();
  }
  for (const PairReport& pair : report.pairs) {
    if (pair.error || !pair.findings.empty()) writePair(pair, out, options);
  }
  const std::size_t failed = report.failedPairs();
  out << "checked " << plural(report.pairs.size() - failed, "pair");
  if (failed > 0) out << ", " << failed << " could not be checked";
  out << ": " << countsText(report.counts()) << '\n';
  writeBaselineSummary(report, out);
  return out.str();
}

std::string renderJson(const BatchReport& report, const ReportOptions& options) {
  nlohmann::json fixed = nlohmann::json::array();
  for (const FixedFinding& f : report.fixed)
    fixed.push_back(
        {{"fingerprint", f.fingerprint}, {"rule", f.rule}, {"article", f.article}, {"text", f.text}});
  const nlohmann::json baseline = {{"hidden", report.baseline_hidden}, {"fixed", fixed}};
  if (options.single_pair && report.pairs.size() == 1) {
    const PairReport& pair = report.pairs.front();
    // One pair: the contract object, plus what the baseline did when there was one.
    const bool plain = !pair.error && report.baseline_hidden == 0 && report.fixed.empty();
    return pairContractText(pair, plain ? nlohmann::json::object() : nlohmann::json{{"baseline", baseline}}) +
           '\n';
  }
  // Each pair is printed before the next is built: a batch's findings are never one tree.
  SplicedArray pairs(kPairIndent);
  for (const PairReport& pair : report.pairs) pairs.addText(pairContractText(pair));
  const SeverityCounts c = report.counts();
  const nlohmann::json out = {{"tool", {{"name", "concord"}, {"version", CONCORD_VERSION}}},
                              {"pairs", SplicedArray::kPlaceholder},
                              {"summary",
                               {{"pairs", report.pairs.size()},
                                {"failed_pairs", report.failedPairs()},
                                {"errors", c.errors},
                                {"warnings", c.warnings},
                                {"infos", c.infos}}},
                              {"baseline", baseline}};
  return pairs.splice(out, "pairs");
}

}  // namespace concord
