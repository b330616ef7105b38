#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/output/report.h"

namespace concord {

/// How a run is rendered, whatever the format.
struct ReportOptions {
  bool color = false;        ///< text only
  bool show_source = true;   ///< text only: the aligned source sentence under each finding
  bool single_pair = false;  ///< `concord check SOURCE TARGET`: json keeps the one-pair contract object
  /// junit only: findings at or above this severity fail their pair's testcase (--fail-on); the others are
  /// listed in its system-out. nullopt: --fail-on never, no finding fails.
  std::optional<Severity> fail_on = Severity::warning;
};

/// Every output format, in the order `--help` lists them.
const std::vector<std::string>& reportFormats();

/// Renders the whole run in `format` (one of reportFormats()). Reporters take the list of per-pair reports,
/// so one-pair and batch runs, and `concord merge`, share them. Throws std::invalid_argument for an unknown
/// format (the CLI validates first).
std::string renderReport(std::string_view format, const BatchReport& report, const ReportOptions& options);

// One function per format; each returns the complete output.
std::string renderText(const BatchReport& report, const ReportOptions& options);
std::string renderJson(const BatchReport& report, const ReportOptions& options);
std::string renderJsonl(const BatchReport& report);
std::string renderSarif(const BatchReport& report);
std::string renderJunit(const BatchReport& report, const ReportOptions& options);
std::string renderMarkdown(const BatchReport& report);
std::string renderGithub(const BatchReport& report);
/// The review page of html_reporter.h. It needs the checked documents, so it takes exactly one pair checked
/// in this process; anything else (a batch, `concord merge`) is a UserError pointing at `concord report`.
std::string renderHtml(const BatchReport& report);
/// The XLIFF file checked by itself (`concord check story.xlf`), written back with its findings as notes
/// of their units (xliff_annotation.h). Anything else is a UserError saying kXliffFormatNeedsOneXliff.
std::string renderXliff(const BatchReport& report);
inline constexpr const char* kXliffFormatNeedsOneXliff =
    "writes back the XLIFF file it checked: give one .xlf or .xliff file (concord check story.xlf)";
/// The review page of one checked pair (its `result` must be set).
std::string renderHtmlPair(const PairReport& pair);

}  // namespace concord
