#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>

#include "checker/cli/commands.h"

namespace concord::cli {

struct ReportArgs {
  /// check.input.paths: folders of article pairs (checked as `concord check FOLDER` would), or JSON Lines
  /// results of `concord check --format jsonl` (- for standard input). Languages, style, rules, -j and
  /// the config apply to folders.
  CheckArgs check;
  std::string format = "html";
  std::string table = "findings";  ///< which CSV table
  std::string output;              ///< file to write; empty: standard output
  std::size_t top = 15;
  std::string history;  ///< --history FILE: read the pairs from this findings history instead
  std::string since;    ///< --since YYYY-MM-DD (history only; inclusive)
  std::string until;    ///< --until YYYY-MM-DD (history only; inclusive)
  std::string by;       ///< --by day|week|month; empty: by day, by month past kDailyTrendDays
};

/// Declares `concord report` and its options on `app`; returns the sub-command.
CLI::App* addReportCommand(CLI::App& app, ReportArgs& args);

/// Builds the style-guide report. Returns 0, or 2 when a pair could not be checked (as `concord check`: the
/// pair is counted and listed in the report, which is still written; a failure recorded in a history is
/// only listed); bad input throws UserError (exit 2).
/// An --output file is written atomically (`-` is standard output) and never onto an input of the run.
int runReport(ReportArgs args, std::ostream& out);

}  // namespace concord::cli
