#pragma once

#include <CLI/CLI.hpp>

#include "checker/cli/commands.h"

namespace concord::cli {

/// The languages and language check, shared by every command that reads a pair.
void addLanguageOptions(CLI::App& command, PairArgs& args);
/// Where `check` and `baseline create` find their articles: positional paths, --pairs, --stdin,
/// --stdin-pairs, -j, --config, plus --style and --rules.
void addCheckInputOptions(CLI::App& command, CheckArgs& args);
/// What a run writes and its exit status: --format, --output, --fail-on, --max-findings, --quiet,
/// --baseline, --color. Shared by `check` and `merge`.
void addOutputOptions(CLI::App& command, OutputArgs& args);

}  // namespace concord::cli
