#include "checker/cli/report_command.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "checker/cli/check_options.h"
#include "checker/cli/report_output.h"
#include "checker/history/history_reader.h"
#include "checker/model/error.h"
#include "checker/model/run_inputs.h"
#include "checker/output/atomic_file.h"
#include "checker/output/jsonl_reporter.h"
#include "checker/reading/article_date.h"
#include "checker/style_report/aggregate.h"
#include "checker/style_report/report_writers.h"

namespace concord::cli {
namespace {

// --since and --until: a real day written YYYY-MM-DD, the form the history files dates under.
const CLI::Validator isoDate(
    [](std::string& value) -> std::string {
      if (value.size() == 10 && dateInPath(value) == value) return {};
      return "expected a date YYYY-MM-DD, got '" + value + "'";
    },
    "YYYY-MM-DD");

bool isFolder(const std::string& path) {
  std::error_code error;
  return std::filesystem::is_directory(path, error);
}

}  // namespace

CLI::App* addReportCommand(CLI::App& app, ReportArgs& args) {
  CLI::App* cmd =
      app.add_subcommand("report", "Style-guide report over many articles (folders or results.jsonl)");
  cmd->add_option("inputs", args.check.input.paths,
                  "Folders of article pairs (slug.fr.txt + slug.en.txt, source/ and target/ trees, or "
                  "source.<lang>.txt + target.<lang>.txt per folder), or `concord check --format jsonl` "
                  "results (- for standard input)");
  cmd->add_option("--history", args.history,
                  "Report on the pairs `concord check --history FILE` recorded (instead of inputs)");
  cmd->add_option("--since", args.since, "With --history: articles dated this day or later (YYYY-MM-DD)")
      ->check(isoDate);
  cmd->add_option("--until", args.until, "With --history: articles dated this day or earlier (YYYY-MM-DD)")
      ->check(isoDate);
  cmd->add_option("--by", args.by, "Trend by day, week (ISO) or month (default: day, month past 62 days)")
      ->check(CLI::IsMember({"day", "week", "month"}));
  cmd->add_option("--format", args.format, "Output format: html (default), markdown or csv")
      ->check(CLI::IsMember({"html", "markdown", "csv"}));
  std::vector<std::string> tables(std::begin(report::kCsvTables), std::end(report::kCsvTables));
  cmd->add_option("--table", args.table, "CSV table to write (default findings)")
      ->check(CLI::IsMember(tables));
  cmd->add_option("-o,--output", args.output, "Write to this file (atomically) instead of standard output");
  cmd->add_option("--top", args.top, "Rows in the drift and worst-article lists (0: all; default 15)");
  addLanguageOptions(*cmd, args.check.pair);
  cmd->add_option("--style", args.check.style,
                  "House style for checking folders: ap (default for English), reuters, bbc, fundeu …");
  cmd->add_option("--rules", args.check.rules, "Rules to run on folders (as for concord check)")
      ->delimiter(',');
  cmd->add_option("-j,--jobs", args.check.input.jobs, "Pairs checked in parallel (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--config", args.check.input.config,
                  "Settings file for every pair (default: the concord.toml nearest each pair's folder)");
  cmd->add_flag("--no-config", args.check.input.no_config, "Ignore any concord.toml");
  cmd->footer(
      "Examples:\n"
      "  concord report corpora/ > report.html\n"
      "  concord check stories/ --source-lang fr --target-lang en --format jsonl:results.jsonl\n"
      "  concord report results.jsonl --format markdown\n"
      "  concord report results.jsonl --format csv --table drift -o drift.csv\n"
      "  concord report --history concord.db --since 2026-11-01 --until 2026-11-30 --by week\n"
      "Article dates (the trend): a YYYY-MM-DD in the target's file or folder name, else its modification "
      "day; in a history, the article's front matter, else its path, else the day it was checked.");
  return cmd;
}

int runReport(ReportArgs args, std::ostream& out) {
  const auto& paths = args.check.input.paths;
  if (args.history.empty() == paths.empty())
    throw UserError(
        "usage: give folders, results files or --history FILE, one of them (concord report --help)");
  if (args.history.empty() && (!args.since.empty() || !args.until.empty()))
    throw UserError("usage: --since and --until select from a --history (concord report --help)");
  if (!args.since.empty() && !args.until.empty() && args.since > args.until)
    throw UserError("--since", args.since + " is after --until " + args.until);
  const auto folders = std::count_if(paths.begin(), paths.end(), isFolder);
  if (folders != 0 && folders != static_cast<std::ptrdiff_t>(paths.size()))
    throw UserError("usage: give folders or results files, not both (concord report --help)");
  BatchReport results;
  if (!args.history.empty()) {
    noteRunInput(args.history);
    results = history::readHistory(args.history, {args.since, args.until});
  } else if (folders != 0) {
    args.check.language_check_flag_given = !args.check.pair.language_check;
    args.check.output.quiet = true;  // no progress bar: the report is the output
    ConfigTree configs(args.check.input.config, args.check.input.no_config);
    bool single_pair = false;
    results = checkAll(args.check, configs, single_pair);
  } else {
    readJsonlFiles(paths, results);
  }
  // A spreadsheet wants every row; people reading a page want the top of each list.
  const report::ResultSet view = report::resultSet(results);
  const report::Summary summary = report::aggregate(view, args.format == "csv" ? 0 : args.top, args.by);
  std::string origin = args.history;
  for (const std::string& p : paths) origin += (origin.empty() ? "" : " ") + p;
  const report::ReportInput input{view, summary, origin};

  std::ostringstream buffer;
  if (args.format == "markdown")
    report::writeReportMarkdown(input, buffer);
  else if (args.format == "csv")
    report::writeReportCsv(input, args.table, buffer);
  else
    report::writeReportHtml(input, buffer);
  if (args.output.empty() || args.output == "-")
    out << buffer.str();
  else
    writeFileAtomically(args.output, buffer.str());
  // As `concord check`: the report is written, and a pair that could not be checked still fails the run.
  // A failure in the history happened in an earlier run, which already failed for it.
  return results.failedPairs() > 0 && args.history.empty() ? 2 : 0;
}

}  // namespace concord::cli
