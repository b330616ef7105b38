#include "checker/cli/cli_app.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include "checker/batch/config.h"
#include "checker/cli/cache_command.h"
#include "checker/cli/check_options.h"
#include "checker/cli/color_choice.h"
#include "checker/cli/commands.h"
#include "checker/cli/completion.h"
#include "checker/cli/fix_command.h"
#include "checker/cli/report_command.h"
#include "checker/cli/serve_command.h"
#include "checker/cli/terminal_width.h"
#include "checker/cli/version_info.h"
#include "checker/model/error.h"
#include "checker/model/letter_edits.h"

namespace concord::cli {
namespace {

void addPairOptions(CLI::App& command, PairArgs& args) {
  command.add_option("source", args.source, "Source article (the original), e.g. story.fr.txt")->required();
  command.add_option("target", args.target, "Target article (the translation), e.g. story.en.txt")
      ->required();
  addLanguageOptions(command, args);
}

// `concord chek`: CLI11 only says the argument was not expected. The first argument is always a command
// (concord has no options of its own but --help and --version), so a word that names none gets the
// closest command's name.
void refuseUnknownCommand(CLI::App& app, int argc, char** argv) {
  if (argc < 2 || std::string_view(argv[1]).starts_with('-')) return;
  std::vector<std::string> commands;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    commands.push_back(command->get_name());
  const std::string typed = argv[1];
  if (std::find(commands.begin(), commands.end(), typed) != commands.end()) return;
  const auto closest = closestName(typed, commands);
  throw UserError("usage: unknown command '" + typed + "' (" +
                  (closest ? "did you mean " + *closest + "? " : "") + "concord --help lists them)");
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"Concord checks a translated news article against its source before it is published."};
  app.name("concord");
  app.set_version_flag(
      "--version", versionText,
      "Print the versions of Concord, its data, ICU, Hunspell and the dictionaries, and exit");
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  concord check story.fr.txt story.en.txt\n"
      "  concord check story.fr.txt story.en.txt --style reuters --format json\n"
      "  concord fix story.fr.txt story.en.txt --dry-run\n"
      "  concord check stories/ --source-lang fr --target-lang en -j 4 --format text,sarif:concord.sarif\n"
      "  concord baseline create stories/ && concord check stories/ --baseline concord-baseline.json\n"
      "  concord init\n"
      "  concord align story.fr.txt story.en.txt --format json\n"
      "  concord rules\n"
      "  concord explain quotes/unbalanced\n"
      "  concord check story.fr.txt story.en.txt --format html --output review.html\n"
      "  concord report stories/ --format html --output report.html\n"
      "  source <(concord completion bash)\n"
      "  concord serve --port 8080\n"
      "Exit status: 0 no findings at or above --fail-on, 1 findings, 2 error.");

  CheckArgs check;
  CLI::App* check_cmd =
      app.add_subcommand("check", "Check a target article against its source, or folders of pairs");
  addCheckInputOptions(*check_cmd, check);
  addOutputOptions(*check_cmd, check.output);
  check_cmd->add_option("--history", check.history,
                        "Record every checked pair and its findings in this SQLite file (created if missing; "
                        "docs/history.md)");
  check_cmd->add_flag("--fix", check.fix,
                      "Apply the unambiguous suggestions to each target first (as concord fix), then check");
  check_cmd->footer(
      "Examples:\n"
      "  concord check corpora/belgorod/source.fr.txt corpora/belgorod/target.en.txt\n"
      "  concord check a.txt b.txt --source-lang fr --target-lang en-GB --style bbc\n"
      "  concord check a.fr.txt a.en.txt --rules quotes,-quotes/spacing --fail-on error\n"
      "  concord check stories/ --source-lang fr --target-lang en -j 4\n"
      "  concord check stories/ --format text --format sarif:concord.sarif --format junit:junit.xml\n"
      "  concord check --pairs manifest.tsv --format markdown --output summary.md --fail-on error\n"
      "  concord check story.fr.txt --stdin --stdin-name story.en.txt < story.en.txt\n"
      "  concord check --stdin-pairs --format jsonl < pairs.jsonl > part-0.jsonl\n"
      "  concord check story.fr.txt story.en.txt --format html --output review.html\n"
      "  concord check stories/ --source-lang fr --target-lang en --format text,html:review/   # a page per "
      "pair\n"
      "  concord check stories/ --history concord.db -q   # then: concord report --history concord.db\n"
      "Exit status: 0 no findings at or above --fail-on (or no more than --max-findings), 1 findings,\n"
      "2 error (bad input, flag or config; in a batch, any pair that could not be checked).\n"
      "Writing to files (--format F:FILE, --output) never changes the exit status.");

  BaselineArgs baseline;
  CLI::App* baseline_cmd =
      app.add_subcommand("baseline", "Record known findings so a CI job fails only on new ones");
  baseline_cmd->require_subcommand(1);
  CLI::App* baseline_create =
      baseline_cmd->add_subcommand("create", "Check, and record every finding as known");
  addCheckInputOptions(*baseline_create, baseline.check);
  baseline_create->add_option("-o,--output", baseline.output,
                              "Baseline file (default: the config's baseline, else concord-baseline.json)");
  baseline_create->add_flag("-q,--quiet", baseline.check.output.quiet, "Print nothing");
  baseline_create->footer(
      "Examples:\n"
      "  concord baseline create stories/ --source-lang fr --target-lang en\n"
      "  concord check stories/ --baseline concord-baseline.json   # only new findings; fixed ones listed");

  MergeArgs merge;
  CLI::App* merge_cmd =
      app.add_subcommand("merge", "Combine JSON Lines results (check --format jsonl) into one report");
  merge_cmd
      ->add_option("files", merge.files, "JSON Lines files from `concord check --format jsonl` (- for stdin)")
      ->required();
  addOutputOptions(*merge_cmd, merge.output);
  merge_cmd->footer(
      "Examples:\n"
      "  concord merge part-*.jsonl --format sarif:concord.sarif --format text\n"
      "  cat part-*.jsonl | concord merge - --format markdown --fail-on error");

  std::string init_path = kConfigFileName;
  CLI::App* init_cmd = app.add_subcommand(
      "init", "Write a commented starter concord.toml (never replaces one without --force)");
  bool init_force = false;
  init_cmd->add_option("file", init_path, "Where to write it (default concord.toml; - for standard output)");
  init_cmd->add_flag("--force", init_force, "Replace an existing file");
  init_cmd->footer(
      "Examples:\n  concord init && $EDITOR concord.toml\n  concord init stories/desk2/concord.toml\n"
      "  concord init - | less");

  AlignArgs align;
  CLI::App* align_cmd = app.add_subcommand("align", "Print the sentence alignment of a pair");
  addPairOptions(*align_cmd, align.pair);
  align_cmd
      ->add_option("--format", align.format,
                   "Output format: tsv, json, links ([0]:[0, 1] per link, 0-based) or ladder (hunalign's)")
      ->check(CLI::IsMember({"tsv", "json", "links", "ladder"}));
  align_cmd->add_flag("--presegmented", align.presegmented,
                      "Inputs have one sentence per line (no segmentation; line k is sentence k)");
  align_cmd->add_flag("-v,--verbose", align.verbose, "Print the aligner's notes (lexicon hits, warnings)");
  align_cmd->footer(
      "Examples:\n  concord align story.fr.txt story.en.txt --format json\n"
      "  concord align a.de a.fr --source-lang de --target-lang fr --presegmented --format links");

  RulesArgs rules;
  CLI::App* rules_cmd = app.add_subcommand("rules", "List the built-in rules");
  rules_cmd->add_option("--format", rules.format, "Output format")->check(CLI::IsMember({"text", "json"}));

  FixArgs fix;
  CLI::App* fix_cmd = addFixCommand(app, fix);

  ReportArgs report;
  CLI::App* report_cmd = addReportCommand(app, report);

  ServeArgs serve;
  CLI::App* serve_cmd = addServeCommand(app, serve);

  CacheBuildArgs cache_build;
  CLI::App* cache_build_cmd = addCacheCommand(app, cache_build);

  std::string explain_id;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Show what a rule checks, why, and its options");
  explain_cmd->add_option("rule", explain_id, "Rule id, e.g. quotes/unbalanced")->required();
  OutputArgs explain_output;  // only its colour flags: the same choice as the text report's
  explain_cmd->add_flag("--no-color", explain_output.no_color, "Never style the text");
  explain_cmd->add_flag("--color", explain_output.force_color, "Style the text even when not on a terminal");

  std::string completion_shell;
  CLI::App* completion_cmd =
      app.add_subcommand("completion", "Print the shell completion script for bash, zsh or fish");
  completion_cmd->add_option("shell", completion_shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(kCompletionShells), std::end(kCompletionShells))));
  completion_cmd->footer("Example:\n  source <(concord completion bash)");
  CLI::App* lsp_cmd =
      app.add_subcommand("lsp", "Serve the Language Server Protocol on stdin/stdout for editors");
  bool lsp_stdio = true;  // accepted, not needed: VS Code's language client passes it
  lsp_cmd->add_flag("--stdio", lsp_stdio,
                    "Talk over standard input and output (the only transport; editors pass it)");
  lsp_cmd->footer("Set-up for Neovim, VS Code, Helix and Emacs: docs/lsp.md");

  refuseUnknownCommand(app, argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    throw UserError("usage: " + message + " (concord --help)");
  }

  if (check_cmd->parsed()) {
    check.language_check_flag_given = check_cmd->count("--no-language-check") > 0;
    check.output.color =
        chooseColor(check.output, ::isatty(STDOUT_FILENO) == 1, std::getenv("NO_COLOR"), std::getenv("TERM"));
    return runCheck(check, std::cout);
  }
  if (baseline_create->parsed()) {
    baseline.check.language_check_flag_given = baseline_create->count("--no-language-check") > 0;
    return runBaselineCreate(baseline, std::cout);
  }
  if (merge_cmd->parsed()) {
    merge.output.color =
        chooseColor(merge.output, ::isatty(STDOUT_FILENO) == 1, std::getenv("NO_COLOR"), std::getenv("TERM"));
    return runMerge(merge, std::cout);
  }
  if (init_cmd->parsed()) return runInit(init_path, init_force, std::cout);
  if (align_cmd->parsed()) return runAlign(align, std::cout);
  if (rules_cmd->parsed()) return runRules(rules, std::cout);
  if (explain_cmd->parsed()) {
    const bool ansi = chooseColor(explain_output, ::isatty(STDOUT_FILENO) == 1, std::getenv("NO_COLOR"),
                                  std::getenv("TERM"));
    return runExplain(explain_id, {.width = terminalWidth(), .ansi = ansi}, std::cout);
  }
  if (report_cmd->parsed()) return runReport(report, std::cout);
  if (completion_cmd->parsed()) {
    writeCompletion(app, completion_shell, std::cout);
    return 0;
  }
  if (fix_cmd->parsed()) return runFix(fix, std::cout, std::cerr);
  if (lsp_cmd->parsed()) return runLsp(std::cin, std::cout);
  if (serve_cmd->parsed()) return runServe(serve, std::cerr);
  if (cache_build_cmd->parsed()) return runCacheBuild(cache_build, std::cout);
  return 2;
}

}  // namespace concord::cli
