#pragma once

#include <ostream>

#include <CLI/CLI.hpp>

#include "checker/cli/commands.h"

namespace concord::cli {

struct FixArgs {
  CheckArgs check;  ///< check.input.paths: SOURCE TARGET; --rules chooses the rules fixed and re-checked
  bool dry_run = false;
};

/// Declares `concord fix` and its options on `app`; returns the sub-command.
CLI::App* addFixCommand(CLI::App& app, FixArgs& args);

/// Applies the chosen rules' suggestions to the target (or, with --dry-run, prints them as a unified diff),
/// lists what was applied and skipped, and returns 0 when no finding of those rules at or above --fail-on
/// remains in the fixed target, else 1. Bad input throws UserError (exit 2) and writes nothing.
int runFix(FixArgs args, std::ostream& out, std::ostream& err);

/// `check --fix`: fixes the target of every pair of `inputs` whose target is a file, with the check's rules
/// (--rules; none given: the default fix rules), and reports what it did on `err`.
void fixInputs(const CheckArgs& args, const Config& config, const Inputs& inputs, std::ostream& err);

}  // namespace concord::cli
