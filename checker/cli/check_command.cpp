// `concord check`, `concord baseline create`, `concord merge`, `concord init`: the commands a CI job runs.
#include <filesystem>
#include <iostream>
#include <map>

#include <unistd.h>

#include "checker/batch/baseline.h"
#include "checker/batch/batch.h"
#include "checker/batch/config_tree.h"
#include "checker/cli/commands.h"
#include "checker/cli/fix_command.h"
#include "checker/cli/report_output.h"
#include "checker/history/history_recorder.h"
#include "checker/model/error.h"
#include "checker/model/run_inputs.h"
#include "checker/output/atomic_file.h"
#include "checker/output/jsonl_reporter.h"
#include "checker/output/reporter.h"
#include "checker/reading/file_format.h"
#include "checker/reading/text_file.h"
#include "dictionaries/dictionary_set.h"
#include "rules/registry.h"

namespace concord::cli {

CheckOptions checkOptionsFor(const CheckArgs& args, const Config& config) {
  CheckOptions options;
  options.language_check = args.language_check_flag_given ? false : config.language_check.value_or(true);
  options.timeout_seconds = args.timeout_seconds;
  if (!args.rules.empty()) {
    options.rule_selectors = args.rules;
  } else {
    options.rule_selectors = config.rule_selectors;
    for (const std::string& id : config.disabled_rules) options.rule_selectors.push_back("-" + id);
  }
  options.severities = config.severities;
  options.rule_options = config.rule_options;
  // Boilerplate patterns concern the rules that count sentences in or out: omission and addition.
  if (!config.ignore_patterns.empty()) {
    std::string joined;
    for (const std::string& p : config.ignore_patterns) joined += (joined.empty() ? "" : "\n") + p;
    for (const auto& rule : rules::builtinRules()) {
      const std::string id(rule->info().id);
      if (!id.starts_with("omission/") && !id.starts_with("addition/")) continue;
      auto values = options.rule_options[id].values();
      values["ignore"] = values.count("ignore") ? values["ignore"] + "\n" + joined : joined;
      options.rule_options[id] = rules::RuleOptions(std::move(values));
    }
  }
  // Empty: the target language's default profile (ap for English, fundeu for Spanish …), per article.
  options.settings.style = !args.style.empty() ? args.style : config.style.value_or("");
  options.settings.extra_dictionaries = config.extra_dictionaries;
  options.settings.glossaries = config.glossaries;
  options.reading = config.reading;
  if (!options.settings.style.empty()) validateStyle(options.settings.style);
  selectRules(options.rule_selectors);  // an unknown id fails before any article is read
  return options;
}

namespace {

std::string language(const std::string& flag, const std::optional<std::string>& configured) {
  return !flag.empty() ? flag : configured.value_or("");
}

// A pair of a batch follows the concord.toml nearest its target; text given inline (--stdin-pairs with
// *_text) has no folder of its own and follows the run's.
const Config& configFor(const PairSpec& pair, ConfigTree& configs, const Config& run_config) {
  return pair.target.bytes || !pair.error.empty() ? run_config : configs.forFile(pair.target.path);
}

// A path that names nothing is named as such, before the paths are read as SOURCE TARGET: `concord check
// stories/` with a mistyped folder must not be told that a target is missing. One path alone, or a path
// beside a folder, can only be a folder.
void refuseMissingPaths(const std::vector<std::string>& paths, bool folders_given) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) continue;
    if (paths.size() == 1 || folders_given) throw UserError(path, "no such folder");
  }
}

}  // namespace

Inputs collectInputs(const CheckArgs& args, ConfigTree& configs) {
  const InputArgs& in = args.input;
  const Config& config = configs.forFolder(runFolder(in));
  const std::string source_lang = language(args.pair.source_lang, config.source_lang);
  const std::string target_lang = language(args.pair.target_lang, config.target_lang);
  const int modes =
      (in.stdin_target ? 1 : 0) + (in.stdin_pairs ? 1 : 0) + (!in.pairs_manifest.empty() ? 1 : 0);
  if (modes > 1)
    throw UserError("usage: --stdin, --stdin-pairs and --pairs exclude each other (concord check --help)");
  if (in.stdin_target) {
    if (in.paths.size() != 1)
      throw UserError("usage: --stdin takes exactly one path, the SOURCE (concord check --help)");
    noteStandardInput();
    ArticleInput target{in.stdin_name, readArticleStream(std::cin, in.stdin_name), target_lang};
    return {{{{in.paths[0], std::nullopt, source_lang}, std::move(target), ""}}, true};
  }
  if (in.stdin_pairs || !in.pairs_manifest.empty()) {
    if (!in.paths.empty())
      throw UserError("usage: --pairs and --stdin-pairs take no paths (concord check --help)");
    std::vector<PairSpec> pairs;
    if (in.stdin_pairs) {
      noteStandardInput();
      pairs = readJsonPairs(std::cin, "stdin", args.pair.source_lang, args.pair.target_lang);
    } else {
      pairs = readManifest(in.pairs_manifest, args.pair.source_lang, args.pair.target_lang);
      // A manifest that lists nothing checks nothing: not a pass. (An empty --stdin-pairs shard of a
      // scale-out job is one, and stays exit 0.)
      if (pairs.empty())
        throw UserError(in.pairs_manifest,
                        "no pair listed (one per line: source<TAB>target[<TAB>source_lang"
                        "<TAB>target_lang])");
    }
    for (PairSpec& pair : pairs) {  // languages neither the flags nor the line give: the pair's config
      const Config& own = configFor(pair, configs, config);
      if (pair.source.lang.empty()) pair.source.lang = own.source_lang.value_or("");
      if (pair.target.lang.empty()) pair.target.lang = own.target_lang.value_or("");
    }
    return {std::move(pairs), false};
  }
  if (in.paths.empty())
    throw UserError("usage: concord check SOURCE TARGET, or FOLDER… (concord check --help)");
  const auto is_folder = [](const std::string& p) { return std::filesystem::is_directory(p); };
  const auto folders = std::count_if(in.paths.begin(), in.paths.end(), is_folder);
  if (folders == static_cast<std::ptrdiff_t>(in.paths.size())) {
    // Each folder's files take the languages of the nearest concord.toml above them, unless flagged.
    const auto languages_for = [&](const std::filesystem::path& folder) {
      const Config& own = configs.forFolder(folder.string());
      return PairLanguages{language(args.pair.source_lang, own.source_lang),
                           language(args.pair.target_lang, own.target_lang), own.reading.formats};
    };
    return {discoverPairs(in.paths, languages_for), false};
  }
  refuseMissingPaths(in.paths, folders > 0);
  // One bilingual file (XLIFF, TMX, PO) holds both sides: it is the source and the target.
  if (in.paths.size() == 1 && isBilingual(formatOfPath(in.paths[0], config.reading.formats)))
    return {{{{in.paths[0], std::nullopt, source_lang}, {in.paths[0], std::nullopt, target_lang}, ""}}, true};
  if (in.paths.size() == 1)
    throw UserError(
        "usage: the target is missing: concord check SOURCE TARGET, or only folders (concord check --help)");
  if (in.paths.size() != 2)
    throw UserError("usage: give SOURCE TARGET (two files) or only folders (concord check --help)");
  return {{{{in.paths[0], std::nullopt, source_lang}, {in.paths[1], std::nullopt, target_lang}, ""}}, true};
}

namespace {

// A bar on stderr, only for people watching a terminal: CI logs and pipes stay clean.
BatchRunOptions runOptions(const CheckArgs& args, const Config& config, std::size_t pair_count) {
  BatchRunOptions run;
  run.jobs = args.input.jobs >= 0 ? static_cast<std::size_t>(args.input.jobs) : config.jobs.value_or(0);
  if (pair_count > 1 && !args.output.quiet && ::isatty(STDERR_FILENO) == 1) {
    run.progress = [](std::size_t done, std::size_t total) {
      constexpr std::size_t kWidth = 30;
      const std::size_t filled = done * kWidth / total;
      std::cerr << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done
                << '/' << total << (done == total ? "\r\x1b[K" : "") << std::flush;
    };
  }
  return run;
}

// The options of every pair of a batch under another concord.toml than the run's (stories/desk2/), built
// once per file into `by_config` (which the pairs point into) with the same flags on top.
void applyPairConfigs(Inputs& inputs, ConfigTree& configs, const CheckArgs& args, const Config& run_config,
                      std::map<std::string, CheckOptions>& by_config) {
  if (inputs.single_pair) return;
  for (PairSpec& pair : inputs.pairs) {
    const Config& own = configFor(pair, configs, run_config);
    if (own.path == run_config.path) continue;
    auto found = by_config.find(own.path);
    if (found == by_config.end()) found = by_config.emplace(own.path, checkOptionsFor(args, own)).first;
    pair.options = &found->second;
  }
}

BatchReport checkInputs(const Inputs& inputs, const CheckOptions& options, const CheckArgs& args,
                        const Config& config, const std::map<std::string, CheckOptions>& pair_options,
                        history::HistoryRecorder* history = nullptr) {
  const DictionarySet dictionaries;
  // A bad line of a newsroom list stops the run before any article.
  validateNewsroomDictionaries(options.settings, dictionaries);
  for (const auto& [path, own] : pair_options) validateNewsroomDictionaries(own.settings, dictionaries);
  BatchReport report;
  if (inputs.single_pair) {
    // One pair keeps the one-pair contract: bad input is an error of the whole command (exit 2).
    const PairSpec& spec = inputs.pairs.front();
    report.pairs.push_back(reportFromResult(
        std::make_shared<CheckResult>(checkPair(spec.source, spec.target, options, dictionaries))));
    report.pairs.back().date = pairDate(spec);
    if (history) history->record(report.pairs.back());
    return report;
  }
  BatchRunOptions run = runOptions(args, config, inputs.pairs.size());
  if (history) run.on_pair = [history](const PairReport& pair) { history->record(pair); };
  report = runBatch(inputs.pairs, options, dictionaries, run);
  report.sortPairs();
  return report;
}

// The review page needs each pair's documents: a batch writes a folder of pages (html:DIR), merged
// results have no documents at all. Refused before any article is checked.
void refuseHtmlForMany(const std::vector<OutputSpec>& specs, const char* what, bool folder_allowed) {
  for (const OutputSpec& spec : specs) {
    if (spec.format != "html" || (folder_allowed && !spec.path.empty())) continue;
    throw UserError("--format html",
                    std::string("the review page shows one pair, not ") + what +
                        (folder_allowed ? "; give a folder for one page per pair (--format html:DIR)" : "") +
                        ", or use `concord report` for many articles (docs/reports.md)");
  }
}

// XLIFF out is the XLIFF in, with notes: only a run over one XLIFF file has one. Refused before any
// article is checked.
void refuseXliffUnlessOneXliff(const std::vector<OutputSpec>& specs, const Inputs* inputs,
                               const FormatMap& formats) {
  const bool one_xliff = inputs != nullptr && inputs->single_pair && !inputs->pairs.front().target.bytes &&
                         inputs->pairs.front().source.path == inputs->pairs.front().target.path &&
                         formatOfPath(inputs->pairs.front().target.path, formats) == FileFormat::xliff;
  for (const OutputSpec& spec : specs) {
    if (spec.format == "xliff" && !one_xliff) throw UserError("--format xliff", kXliffFormatNeedsOneXliff);
  }
}

// The files the pairs name are inputs of the run before they are read, so an output that would replace one
// of them is refused before any work is done (the concord.toml files were noted as they were read).
void notePairFiles(const Inputs& inputs) {
  for (const PairSpec& pair : inputs.pairs) {
    for (const ArticleInput* side : {&pair.source, &pair.target})
      if (!side->bytes) noteRunInput(side->path);
  }
}

// The history is a database this run writes: no report may replace it (nor the other way round).
void refuseOutputsOntoHistory(const std::vector<OutputSpec>& specs, const std::string& history) {
  if (history.empty()) return;
  for (const OutputSpec& spec : specs) {
    std::error_code error;
    if (!spec.path.empty() &&
        (spec.path == history || std::filesystem::equivalent(spec.path, history, error)))
      throw UserError(spec.path, "is the --history database; write the report to another file");
  }
}

// Failed pairs go to stderr unless the text report on stdout already shows them.
void reportFailures(const BatchReport& report, const OutputArgs& args, const Config& config) {
  const auto specs = outputSpecs(args, config);
  const bool text_on_stdout = !args.quiet && std::any_of(specs.begin(), specs.end(), [](const OutputSpec& s) {
    return s.path.empty() && s.format == "text";
  });
  if (text_on_stdout) return;
  for (const PairReport& pair : report.pairs) {
    if (pair.error) std::cerr << "concord: error: " << *pair.error << '\n';
  }
}

}  // namespace

BatchReport checkAll(const CheckArgs& args, ConfigTree& configs, bool& single_pair) {
  const Config& config = configs.forFolder(runFolder(args.input));
  const CheckOptions options = checkOptionsFor(args, config);
  Inputs inputs = collectInputs(args, configs);
  std::map<std::string, CheckOptions> pair_options;
  applyPairConfigs(inputs, configs, args, config, pair_options);
  notePairFiles(inputs);
  single_pair = inputs.single_pair;
  return checkInputs(inputs, options, args, config, pair_options);
}

int runCheck(CheckArgs args, std::ostream& out) {
  ConfigTree configs(args.input.config, args.input.no_config);
  const Config& config = configs.forFolder(runFolder(args.input));
  const auto specs = outputSpecs(args.output, config);  // a bad --format fails before the work
  const CheckOptions options = checkOptionsFor(args, config);
  Inputs inputs = collectInputs(args, configs);
  std::map<std::string, CheckOptions> pair_options;
  applyPairConfigs(inputs, configs, args, config, pair_options);
  if (!inputs.single_pair) refuseHtmlForMany(specs, "a batch", true);
  refuseXliffUnlessOneXliff(specs, &inputs, options.reading.formats);
  notePairFiles(inputs);
  noteRunInput(!args.output.baseline.empty() ? args.output.baseline : config.baseline.value_or(""));
  refuseOutputsOntoInputs(specs);
  refuseOutputsOntoHistory(specs, args.history);
  // Opened before any article is read, so a bad history file costs nothing. The history records every
  // finding, before the baseline hides the accepted ones: it is what the copy had, not what CI showed.
  std::optional<history::HistoryRecorder> history;
  if (!args.history.empty()) history.emplace(args.history);
  if (args.fix) fixInputs(args, config, inputs, std::cerr);
  BatchReport report =
      checkInputs(inputs, options, args, config, pair_options, history ? &*history : nullptr);
  if (history && history->error()) throw UserError(*history->error());
  applyBaseline(report, args.output, config);
  reportFailures(report, args.output, config);
  return writeOutputs(report, args.output, config, inputs.single_pair, out);
}

int runBaselineCreate(BaselineArgs args, std::ostream& out) {
  ConfigTree configs(args.check.input.config, args.check.input.no_config);
  const Config& config = configs.forFolder(runFolder(args.check.input));
  bool single_pair = false;
  const BatchReport report = checkAll(args.check, configs, single_pair);
  if (report.failedPairs() > 0) {
    for (const PairReport& pair : report.pairs)
      if (pair.error) std::cerr << "concord: error: " << *pair.error << '\n';
    throw UserError("baseline not written: " + std::to_string(report.failedPairs()) +
                    " pair(s) could not be checked");
  }
  const std::string path =
      !args.output.empty() ? args.output : config.baseline.value_or("concord-baseline.json");
  const Baseline baseline = Baseline::fromReport(report);
  if (path == "-") {  // standard output, as for every output a command writes
    out << baseline.serialize();
    return 0;
  }
  writeFileAtomically(path, baseline.serialize());
  if (!args.check.output.quiet)
    out << path << ": " << baseline.size() << " finding(s) recorded from " << report.pairs.size()
        << " pair(s)\n";
  return 0;
}

int runMerge(MergeArgs args, std::ostream& out) {
  InputArgs no_input;
  ConfigTree configs(no_input.config, no_input.no_config);
  const Config& config = configs.forFolder(runFolder(no_input));
  refuseHtmlForMany(outputSpecs(args.output, config), "merged results", false);
  refuseXliffUnlessOneXliff(outputSpecs(args.output, config), nullptr, {});
  BatchReport report;
  readJsonlFiles(args.files, report);
  applyBaseline(report, args.output, config);
  return writeOutputs(report, args.output, config, false, out);
}

int runInit(const std::string& path, bool force, std::ostream& out) {
  if (path == "-") {  // standard output, as for every output a command writes
    out << starterConfig();
    return 0;
  }
  writeStarterConfig(path, force);
  out << "wrote " << path << " (every key is commented; see docs/ci.md)\n";
  return 0;
}

}  // namespace concord::cli
