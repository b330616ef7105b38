#include "checker/cli/report_output.h"

#include <algorithm>
#include <filesystem>

#include "checker/batch/baseline.h"
#include "checker/cli/color_choice.h"
#include "checker/model/error.h"
#include "checker/output/atomic_file.h"
#include "checker/output/reporter.h"
#include "checker/output/review_pages.h"

namespace concord::cli {

std::vector<OutputSpec> outputSpecs(const OutputArgs& args, const Config& config) {
  const std::vector<std::string>& requested = !args.formats.empty()     ? args.formats
                                              : !config.formats.empty() ? config.formats
                                                                        : std::vector<std::string>{"text"};
  std::vector<OutputSpec> specs;
  for (const std::string& value : requested) {
    const auto colon = value.find(':');
    OutputSpec spec{value.substr(0, colon), colon == std::string::npos ? "" : value.substr(colon + 1)};
    const auto& known = reportFormats();
    if (std::find(known.begin(), known.end(), spec.format) == known.end()) {
      std::string list;
      for (const std::string& f : known) list += (list.empty() ? "" : ", ") + f;
      throw UserError("--format",
                      "unknown format '" + spec.format + "' (" + list + "; FORMAT:FILE writes a file)");
    }
    if (colon != std::string::npos && spec.path.empty())
      throw UserError("--format", "'" + value + "': the file name after ':' is empty");
    if (spec.path == "-") spec.path.clear();  // FORMAT:- is standard output, as everywhere on a command line
    specs.push_back(spec);
  }
  if (!args.output.empty()) {
    const auto to_stdout =
        std::count_if(specs.begin(), specs.end(), [](const auto& s) { return s.path.empty(); });
    if (to_stdout != 1)
      throw UserError("--output", "give exactly one --format without :FILE for --output to apply to");
    std::find_if(specs.begin(), specs.end(), [](const auto& s) { return s.path.empty(); })->path =
        args.output == "-" ? "" : args.output;
  }
  if (std::count_if(specs.begin(), specs.end(), [](const auto& s) { return s.path.empty(); }) > 1)
    throw UserError("--format",
                    "only one format can go to standard output; send the others to files (FORMAT:FILE)");
  return specs;
}

void refuseOutputsOntoInputs(const std::vector<OutputSpec>& specs) {
  for (const OutputSpec& spec : specs) {
    if (!spec.path.empty()) refuseOverwritingInput(spec.path);
  }
}

int writeOutputs(const BatchReport& report, const OutputArgs& args, const Config& config, bool single_pair,
                 std::ostream& out) {
  const std::vector<OutputSpec> specs = outputSpecs(args, config);
  const std::string fail_on = !args.fail_on.empty() ? args.fail_on : config.fail_on.value_or("warning");
  const std::optional<Severity> threshold =
      fail_on == "never" ? std::nullopt : std::optional(parseSeverity(fail_on).value_or(Severity::warning));
  const ReportOptions options{args.color, true, single_pair, threshold};
  ReportOptions file_options = options;
  file_options.color = colorInFiles(args);
  // html:DIR on a batch is a folder of review pages, not one file.
  auto isPageFolder = [&](const OutputSpec& spec) {
    return spec.format == "html" && !single_pair && !spec.path.empty();
  };
  // Every file is staged before any is replaced, and standard output comes last: one failing output leaves
  // every file as it was and prints nothing (atomic_file.h says how far POSIX lets this go).
  OutputFiles files;
  std::string to_stdout;
  for (const OutputSpec& spec : specs) {
    if (isPageFolder(spec))
      stageReviewPages(report, spec.path, files);
    else if (!spec.path.empty())
      files.stage(spec.path, renderReport(spec.format, report, file_options));
    else
      to_stdout = renderReport(spec.format, report, options);
  }
  files.commit();
  if (!args.quiet) out << to_stdout;
  out.flush();

  if (report.failedPairs() > 0) return 2;
  if (!threshold) return 0;
  std::size_t failing = 0;
  for (const PairReport& pair : report.pairs) {
    for (const ReportedFinding& f : pair.findings) failing += f.severity() >= *threshold ? 1 : 0;
  }
  const std::size_t allowed =
      args.max_findings >= 0 ? static_cast<std::size_t>(args.max_findings) : config.max_findings.value_or(0);
  return failing > allowed ? 1 : 0;
}

void applyBaseline(BatchReport& report, const OutputArgs& args, const Config& config) {
  const std::string path = !args.baseline.empty() ? args.baseline : config.baseline.value_or("");
  if (path.empty()) return;
  Baseline::load(path).apply(report);
}

std::string runFolder(const InputArgs& args) {
  namespace fs = std::filesystem;
  auto folderOf = [](const std::string& file) {
    const fs::path folder = fs::path(file).parent_path();
    return folder.empty() ? std::string(".") : folder.string();
  };
  if (!args.pairs_manifest.empty()) return folderOf(args.pairs_manifest);
  if (args.stdin_pairs || args.paths.empty()) return ".";
  std::error_code ec;
  if (fs::is_directory(args.paths.front(), ec)) return args.paths.front();
  return folderOf(args.stdin_target ? args.paths.front() : args.paths.back());
}

}  // namespace concord::cli
