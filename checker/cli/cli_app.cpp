#include "checker/cli/cli_app.h"

#include <iostream>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include "checker/cli/commands.h"
#include "checker/error.h"

namespace concord::cli {
namespace {

void addPairOptions(CLI::App& command, PairArgs& args) {
  command.add_option("source", args.source, "Source article (the original), e.g. story.fr.txt")->required();
  command.add_option("target", args.target, "Target article (the translation), e.g. story.en.txt")
      ->required();
  command.add_option("--source-lang", args.source_lang, "Source language (BCP 47: fr, de, es, ru, uk …)");
  command.add_option("--target-lang", args.target_lang, "Target language (BCP 47: en, en-GB, fr, es …)");
  command.add_flag("!--no-language-check", args.language_check,
                   "Do not refuse a file whose text looks like another language than declared");
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"Concord checks a translated news article against its source before it is published."};
  app.name("concord");
  app.set_version_flag("--version", std::string("concord ") + CONCORD_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  concord check story.fr.txt story.en.txt\n"
      "  concord check story.fr.txt story.en.txt --style reuters --format json\n"
      "  concord align story.fr.txt story.en.txt --format json\n"
      "  concord rules\n"
      "  concord explain quotes/unbalanced\n"
      "Exit status: 0 no findings at or above --fail-on, 1 findings, 2 error.");

  CheckArgs check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check a target article against its source");
  addPairOptions(*check_cmd, check.pair);
  check_cmd->add_option(
      "--style", check.style,
      "House style: ap (default for English), reuters, bbc, guardian, fundeu (default for Spanish) …, "
      "or the path of your own profile file (see docs/styles.md)");
  check_cmd->add_option("--format", check.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  check_cmd->add_option("--fail-on", check.fail_on, "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  check_cmd
      ->add_option("--rules", check.rules,
                   "Rules to run: ids, categories or category/*; -id excludes (comma-separated)")
      ->delimiter(',');
  check_cmd->add_flag("--no-color", check.no_color, "Never colour the text report");
  check_cmd->add_flag("--color", check.force_color, "Colour the text report even when not on a terminal");
  check_cmd->footer(
      "Examples:\n"
      "  concord check corpora/belgorod/source.fr.txt corpora/belgorod/target.en.txt\n"
      "  concord check a.txt b.txt --source-lang fr --target-lang en-GB --style bbc\n"
      "  concord check a.fr.txt a.en.txt --rules quotes,-quotes/spacing --fail-on error");

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

  std::string explain_id;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Show what a rule checks, why, and its options");
  explain_cmd->add_option("rule", explain_id, "Rule id, e.g. quotes/unbalanced")->required();

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
    check.color = !check.no_color && (check.force_color || ::isatty(STDOUT_FILENO) == 1);
    return runCheck(check, std::cout);
  }
  if (align_cmd->parsed()) return runAlign(align, std::cout);
  if (rules_cmd->parsed()) return runRules(rules, std::cout);
  if (explain_cmd->parsed()) return runExplain(explain_id, std::cout);
  return 2;
}

}  // namespace concord::cli
