#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "checker/batch/config.h"
#include "checker/cli/commands.h"
#include "checker/output/report.h"

namespace concord::cli {

/// One requested output: a format and the file it goes to (empty: standard output).
struct OutputSpec {
  std::string format;
  std::string path;
};

/// Parses --format values (FORMAT or FORMAT:FILE) and --output into specs; the config's formats apply when
/// no --format is given; default text on standard output. Throws UserError for an unknown format, two
/// outputs on standard output, or an --output that matches no format.
std::vector<OutputSpec> outputSpecs(const OutputArgs& args, const Config& config);

/// Throws UserError for the first spec whose file is an input of this run (refuseOverwritingInput); called
/// once the inputs are known, before the work, so a clash costs nothing.
void refuseOutputsOntoInputs(const std::vector<OutputSpec>& specs);

/// Renders every spec and writes the files through one OutputFiles (all staged before any is replaced, so a
/// failure leaves no mixed set; an input of the run is never overwritten), standard output last (nothing
/// there with --quiet), and returns the exit status: 2 when a pair could not be checked, 1 when more than
/// max_findings findings are at or above the fail level, else 0. The files written never change it.
int writeOutputs(const BatchReport& report, const OutputArgs& args, const Config& config, bool single_pair,
                 std::ostream& out);

/// Applies --baseline (or the config's) to the report; does nothing when neither is set.
void applyBaseline(BatchReport& report, const OutputArgs& args, const Config& config);

/// The folder whose concord.toml (the nearest at or above it) sets the run-wide settings: formats, jobs,
/// fail_on, max_findings, baseline. The first folder of a batch, the TARGET's folder of SOURCE TARGET, the
/// SOURCE's with --stdin, the manifest's with --pairs; the working folder for --stdin-pairs and merge.
std::string runFolder(const InputArgs& args);

}  // namespace concord::cli
