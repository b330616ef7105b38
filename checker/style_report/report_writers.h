#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/style_report/aggregate.h"
#include "checker/style_report/results.h"

namespace concord::report {

/// Everything a style-guide report writer needs.
struct ReportInput {
  const ResultSet& results;
  const Summary& summary;
  std::string origin;  ///< what was read: "corpora/" or "results.jsonl"
};

/// A self-contained HTML page (inline CSS, inline SVG charts, no script, no network).
void writeReportHtml(const ReportInput& input, std::ostream& out);

/// GitHub-flavoured Markdown: the same sections as tables.
void writeReportMarkdown(const ReportInput& input, std::ostream& out);

/// The CSV tables for spreadsheets (RFC 4180, CRLF line ends, header row).
inline constexpr std::string_view kCsvTables[] = {"findings", "categories", "rules",
                                                  "drift",    "articles",   "trend"};
void writeReportCsv(const ReportInput& input, std::string_view table, std::ostream& out);

/// One CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled). A text that a
/// spreadsheet would run as a formula (starting with = + @ tab CR, or - not followed by a digit) gets a
/// leading apostrophe, so a story cannot smuggle a formula into the desk's spreadsheet.
std::string csvField(std::string_view value);

/// Markdown table cell text: pipes, backslashes, emphasis, code and HTML characters escaped, line
/// breaks turned into spaces.
std::string markdownCell(std::string_view value);

/// The label a report uses for an article: its target path without the folder all articles share.
std::string articleLabel(const ResultSet& results, const ArticleResult& article);

/// Article labels of `indices`, comma-separated, at most `limit` then "+N more".
std::string articleList(const ResultSet& results, const std::vector<std::size_t>& indices, std::size_t limit);

}  // namespace concord::report
