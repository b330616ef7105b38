#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace concord::cli {

struct PairArgs {
  std::string source;
  std::string target;
  std::string source_lang;
  std::string target_lang;
  bool language_check = true;
};

struct CheckArgs {
  PairArgs pair;
  std::string style;
  std::string format = "text";
  std::string fail_on = "warning";
  std::vector<std::string> rules;
  bool no_color = false;
  bool force_color = false;
  bool color = false;
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

/// Each returns the exit status; bad input throws UserError.
int runCheck(const CheckArgs& args, std::ostream& out);
int runAlign(const AlignArgs& args, std::ostream& out);
int runRules(const RulesArgs& args, std::ostream& out);
int runExplain(const std::string& rule_id, std::ostream& out);

}  // namespace concord::cli
