#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "checker/batch/batch.h"
#include "checker/batch/config.h"
#include "checker/batch/config_tree.h"
#include "checker/output/markdown_terminal.h"
#include "checker/output/report.h"

namespace concord::cli {

struct PairArgs {
  std::string source;
  std::string target;
  std::string source_lang;
  std::string target_lang;
  bool language_check = true;
};

/// Where the articles of a check come from and how the run goes (check_options.cpp wires the flags).
struct InputArgs {
  std::vector<std::string> paths;  ///< SOURCE TARGET, or folders
  std::string pairs_manifest;      ///< --pairs
  bool stdin_target = false;       ///< --stdin: the target is read from standard input
  std::string stdin_name = "-";    ///< --stdin-name
  bool stdin_pairs = false;        ///< --stdin-pairs: JSON Lines of pairs on standard input
  int jobs = -1;                   ///< -1: not given (config, else one per core)
  std::string config;              ///< --config; empty: the concord.toml nearest the checked files
  bool no_config = false;
};

/// What a run writes and when it fails.
struct OutputArgs {
  std::vector<std::string> formats;  ///< FORMAT or FORMAT:FILE, repeatable and comma-separated
  std::string output;                ///< --output FILE for the one format given without a file
  std::string fail_on;               ///< empty: the config's, else "warning"
  long long max_findings = -1;       ///< -1: not given
  bool quiet = false;
  std::string baseline;
  bool no_color = false;     ///< --no-color
  bool force_color = false;  ///< --color: colour on standard output and in text:FILE too
  bool color = false;        ///< the text report on standard output is coloured (see chooseColor)
};

struct CheckArgs {
  PairArgs pair;
  double timeout_seconds =
      0;  ///< --timeout; 0: none  ///< languages and language check (check takes its files in input.paths)
  InputArgs input;
  OutputArgs output;
  std::string style;
  std::vector<std::string> rules;
  bool language_check_flag_given = false;
  std::string history;  ///< --history FILE: record every checked pair in this SQLite findings history
  bool fix = false;     ///< --fix: apply the unambiguous suggestions to the targets before checking
};

struct AlignArgs {
  PairArgs pair;
  std::string format = "tsv";  ///< tsv, json, links ([0]:[0, 1] per line) or ladder (hunalign's)
  bool presegmented = false;   ///< one sentence per line in, no segmentation
  bool verbose = false;        ///< the aligner's notes (lexicon hits, warnings) on standard error
};

struct RulesArgs {
  std::string format = "text";
};

struct BaselineArgs {
  CheckArgs check;
  std::string output;  ///< empty: the config's baseline, else concord-baseline.json
};

struct MergeArgs {
  std::vector<std::string> files;
  OutputArgs output;
};

/// The pairs a check names: SOURCE TARGET (`single_pair`), folders, a manifest, or standard input.
struct Inputs {
  std::vector<PairSpec> pairs;
  bool single_pair = false;
};

/// The options of one check: flags win over concord.toml, which wins over the defaults. Throws UserError
/// for an unknown rule or style.
CheckOptions checkOptionsFor(const CheckArgs& args, const Config& config);

/// Collects the pairs of `args.input`; their languages come from the flags, else from the concord.toml
/// `configs` gives their folder. Throws UserError for a bad combination of inputs.
Inputs collectInputs(const CheckArgs& args, ConfigTree& configs);

/// Checks every pair (-j at a time) with the rules, style and options of `args` over those of the
/// concord.toml `configs` gives each pair (the nearest above its target); one pair keeps the one-pair
/// contract (a bad file is an error of the command). Pairs are dated (pairDate).
BatchReport checkAll(const CheckArgs& args, ConfigTree& configs, bool& single_pair);

/// Each returns the exit status; bad input throws UserError.
int runCheck(CheckArgs args, std::ostream& out);
int runBaselineCreate(BaselineArgs args, std::ostream& out);
int runMerge(MergeArgs args, std::ostream& out);
/// Writes the starter concord.toml to `path` (`-`: standard output); an existing file only with `force`.
int runInit(const std::string& path, bool force, std::ostream& out);
int runAlign(const AlignArgs& args, std::ostream& out);
int runRules(const RulesArgs& args, std::ostream& out);
/// Prints the rule's docs page rendered for a terminal (wrapped, styled when `style.ansi`).
int runExplain(const std::string& rule_id, const TerminalMarkdownOptions& style, std::ostream& out);
/// `concord lsp`: serves the Language Server Protocol on `in`/`out` until the editor says exit.
int runLsp(std::istream& in, std::ostream& out);

}  // namespace concord::cli
