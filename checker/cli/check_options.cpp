#include "checker/cli/check_options.h"

namespace concord::cli {

void addLanguageOptions(CLI::App& command, PairArgs& args) {
  command.add_option("--source-lang", args.source_lang, "Source language (BCP 47: fr, de, es, ru, uk …)");
  command.add_option("--target-lang", args.target_lang, "Target language (BCP 47: en, en-GB, fr, es …)");
  command.add_flag("!--no-language-check", args.language_check,
                   "Do not refuse a file whose text looks like another language than declared");
}

void addCheckInputOptions(CLI::App& command, CheckArgs& args) {
  command.add_option("paths", args.input.paths,
                     "SOURCE TARGET (one pair), one bilingual file (.xlf, .xliff, .tmx, .po), or folders "
                     "of pairs: slug.fr.txt next to slug.en.txt, or source/ and target/ trees");
  addLanguageOptions(command, args.pair);
  command.add_option(
      "--style", args.style,
      "House style: ap (default for English), reuters, bbc, guardian, fundeu (default for Spanish) …, "
      "or the path of your own profile file (see docs/styles.md)");
  command
      .add_option("--rules", args.rules,
                  "Rules to run: ids, categories or category/*; -id excludes (comma-separated)")
      ->delimiter(',');
  command.add_option("--pairs", args.input.pairs_manifest,
                     "Manifest of pairs: source<TAB>target[<TAB>source_lang<TAB>target_lang] per line");
  command.add_flag("--stdin", args.input.stdin_target,
                   "Read the target from standard input (give only SOURCE)");
  command.add_option("--stdin-name", args.input.stdin_name,
                     "Name shown for the target read with --stdin (default -)");
  command.add_flag(
      "--stdin-pairs", args.input.stdin_pairs,
      "Read pairs as JSON Lines on standard input ({\"source\":…,\"target\":…}; see docs/ci.md)");
  command
      .add_option("--timeout", args.timeout_seconds,
                  "Seconds one pair may take; a pair past it is not checked (exit 2), a batch goes on "
                  "(default: no limit)")
      ->check(CLI::PositiveNumber);
  command.add_option("-j,--jobs", args.input.jobs, "Pairs checked in parallel (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  command.add_option("--config", args.input.config,
                     "Settings file for every pair (default: the concord.toml nearest each pair's folder)");
  command.add_flag("--no-config", args.input.no_config, "Ignore any concord.toml");
}

void addOutputOptions(CLI::App& command, OutputArgs& args) {
  command
      .add_option(
          "--format", args.formats,
          "Output FORMAT or FORMAT:FILE, repeatable or comma-separated: text, json, jsonl, sarif, junit, "
          "markdown, github, html (the review page of one pair; html:DIR on a batch: a page per pair), "
          "xliff (the checked XLIFF file with the findings as notes)")
      ->delimiter(',');
  command.add_option("--output", args.output,
                     "File for the one --format given without :FILE (written atomically)");
  command
      .add_option("--fail-on", args.fail_on, "Lowest severity that makes the exit status 1 (default warning)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  command
      .add_option("--max-findings", args.max_findings,
                  "Exit 1 only when more than N findings are at or above --fail-on")
      ->check(CLI::NonNegativeNumber);
  command.add_flag("-q,--quiet", args.quiet, "Print nothing on standard output (files are still written)");
  command.add_option("--baseline", args.baseline,
                     "Hide the known findings recorded in FILE; list fixed ones");
  command.add_flag("--no-color", args.no_color, "Never colour the text report");
  command.add_flag("--color", args.force_color, "Colour the text report even when not on a terminal");
}

}  // namespace concord::cli
