// `concord fix` and `check --fix`: a check's suggestions applied to the target.
#include "checker/cli/fix_command.h"

#include "checker/batch/config_tree.h"
#include "checker/cli/check_options.h"
#include "checker/cli/report_output.h"
#include "checker/fixing/fix_rules.h"
#include "checker/fixing/fixer.h"
#include "checker/fixing/unified_diff.h"
#include "checker/model/error.h"
#include "checker/model/location.h"
#include "checker/output/visible_text.h"
#include "dictionaries/dictionary_set.h"

namespace concord::cli {
namespace {

// No --rules: the default fix rules, less what concord.toml disables.
std::vector<std::string> fixSelectors(const CheckArgs& args, const Config& config) {
  if (!args.rules.empty()) return args.rules;
  std::vector<std::string> selectors = defaultFixSelectors();
  for (const std::string& id : config.disabled_rules) selectors.push_back("-" + id);
  return selectors;
}

std::string describe(const Document& target, const Edit& edit) {
  const Location at = locate(target, edit.range);
  return target.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": “" +
         visibleControls(at.text) + "” → “" + visibleControls(edit.replacement) + "” [" + edit.rule_id + "]";
}

// One line per edit applied or skipped, then the count.
void listEdits(const FixOutcome& outcome, std::ostream& out) {
  const Document& target = *outcome.before.target;
  for (const Edit& edit : outcome.plan.edits) out << describe(target, edit) << '\n';
  for (const SkippedFix& skipped : outcome.plan.skipped)
    out << describe(target, skipped.edit) << " not applied: " << skipped.reason << '\n';
}

std::size_t countAtOrAbove(const std::vector<Finding>& findings, const std::string& fail_on) {
  if (fail_on == "never") return 0;
  const Severity threshold = parseSeverity(fail_on).value_or(Severity::warning);
  return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                [&](const Finding& f) { return f.severity >= threshold; }));
}

}  // namespace

CLI::App* addFixCommand(CLI::App& app, FixArgs& args) {
  CLI::App* command =
      app.add_subcommand("fix", "Apply the unambiguous suggestions of a check to the target article");
  command->add_option("source", args.check.pair.source, "Source article (never changed)")->required();
  command->add_option("target", args.check.pair.target, "Target article, rewritten in place")->required();
  addLanguageOptions(*command, args.check.pair);
  command->add_option("--style", args.check.style, "House style (as for concord check)");
  command
      ->add_option(
          "--rules", args.check.rules,
          "Rules whose suggestions are applied and re-checked (default: transliteration/house-style, "
          "quotes, numbers/kept-format, typography)")
      ->delimiter(',');
  command->add_flag("--dry-run", args.dry_run, "Change nothing; print the fixes as a unified diff");
  command
      ->add_option("--fail-on", args.check.output.fail_on,
                   "Lowest severity of a remaining finding that makes the exit status 1 (default warning)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  command->add_flag("-q,--quiet", args.check.output.quiet, "Print nothing (the diff still, with --dry-run)");
  command->add_option("--config", args.check.input.config,
                      "Settings file (default: concord.toml here or in a parent folder)");
  command->add_flag("--no-config", args.check.input.no_config, "Ignore any concord.toml");
  command->footer(
      "Examples:\n"
      "  concord fix story.fr.txt story.en.txt\n"
      "  concord fix story.fr.txt story.en.txt --dry-run > fixes.diff && patch -p0 < fixes.diff\n"
      "  concord fix story.fr.md story.en.md --rules transliteration,quotes/foreign-marks\n"
      "Exit status: 0 no finding of the chosen rules at or above --fail-on remains after fixing, 1 some do,\n"
      "2 error (nothing is written).");
  return command;
}

int runFix(FixArgs args, std::ostream& out, std::ostream& err) {
  args.check.input.paths = {args.check.pair.source, args.check.pair.target};
  ConfigTree configs(args.check.input.config, args.check.input.no_config);
  const Config& config = configs.forFolder(runFolder(args.check.input));
  args.check.language_check_flag_given = !args.check.pair.language_check;
  args.check.rules = fixSelectors(args.check, config);
  refuseUnfixableSelectors(args.check.rules);
  const CheckOptions options = checkOptionsFor(args.check, config);
  const Inputs inputs = collectInputs(args.check, configs);
  if (!inputs.single_pair)
    throw UserError(
        "usage: concord fix takes one pair of files, SOURCE TARGET (for folders: concord check "
        "--fix)");
  const ArticleInput& source = inputs.pairs.front().source;
  const ArticleInput& target = inputs.pairs.front().target;
  const DictionarySet dictionaries;
  validateNewsroomDictionaries(options.settings, dictionaries);
  const FixOutcome outcome = fixPair(source, target, options, args.check.rules, dictionaries);
  std::ostream& report = args.dry_run ? err : out;  // with --dry-run, standard output is the diff alone
  if (args.dry_run)
    out << unifiedDiff(outcome.before.target->original(), outcome.plan.edits, target.path);
  else if (!outcome.plan.edits.empty())
    writeFixedTarget(target.path, source.path, outcome.fixed);
  const std::string fail_on =
      !args.check.output.fail_on.empty() ? args.check.output.fail_on : config.fail_on.value_or("warning");
  const std::size_t remaining =
      countAtOrAbove(findingsAfterFixing(source, outcome, options, dictionaries), fail_on);
  if (!args.check.output.quiet) {
    listEdits(outcome, report);
    report << target.path << ": " << outcome.plan.edits.size() << " fix(es) "
           << (args.dry_run ? "to apply" : "applied") << ", " << outcome.plan.skipped.size() << " skipped; "
           << remaining << " finding(s) at or above " << fail_on << " remain (concord check lists them)\n";
  }
  return remaining > 0 ? 1 : 0;
}

void fixInputs(const CheckArgs& args, const Config& config, const Inputs& inputs, std::ostream& err) {
  CheckArgs fixing = args;
  fixing.rules = fixSelectors(args, config);
  const CheckOptions options = checkOptionsFor(fixing, config);
  const DictionarySet dictionaries;
  validateNewsroomDictionaries(options.settings, dictionaries);
  for (const PairSpec& pair : inputs.pairs) {
    if (!pair.error.empty()) continue;  // not checkable: the check reports it
    if (pair.target.bytes)
      throw UserError(pair.target.path,
                      "--fix rewrites the target, so it must be a file, not standard input");
    FixOutcome outcome;
    try {
      // A pair under its own concord.toml keeps that file's settings, with the fix rules.
      CheckOptions own = pair.options != nullptr ? *pair.options : options;
      own.rule_selectors = options.rule_selectors;
      outcome = fixPair(pair.source, pair.target, own, fixing.rules, dictionaries);
      if (!outcome.plan.edits.empty()) writeFixedTarget(pair.target.path, pair.source.path, outcome.fixed);
    } catch (const UserError& error) {
      // One pair keeps the one-pair contract (exit 2); a batch goes on, and its check reports the pair.
      if (inputs.single_pair) throw;
      err << "concord: error: " << error.what() << '\n';
      continue;
    }
    if (args.output.quiet) continue;
    listEdits(outcome, err);
    err << pair.target.path << ": " << outcome.plan.edits.size() << " fix(es) applied, "
        << outcome.plan.skipped.size() << " skipped\n";
  }
}

}  // namespace concord::cli
