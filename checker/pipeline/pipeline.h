#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/model/alignment.h"
#include "checker/model/document.h"
#include "checker/model/finding.h"
#include "checker/reading/reading_options.h"
#include "rules/rule.h"

namespace concord {

class DictionarySet;

/// One side of a pair as the user named it.
struct ArticleInput {
  std::string path;                  ///< shown in reports; "-" or a name for standard input
  std::optional<std::string> bytes;  ///< set when the text did not come from `path` (stdin)
  std::string lang;  ///< from --source-lang/--target-lang; empty: file name tag, then detection
};

/// What to check and how; built from flags and the config file, validated before use.
struct CheckOptions {
  std::vector<std::string>
      rule_selectors;  ///< "quotes/unbalanced", "quotes/*", "quotes", "-spelling/*"; empty: all
  std::map<std::string, Severity> severities;              ///< per rule id
  std::map<std::string, rules::RuleOptions> rule_options;  ///< per rule id
  rules::CheckSettings settings;
  bool language_check = true;  ///< refuse a file whose text is clearly in another language than declared
  bool presegmented = false;   ///< one sentence per line, no sentence splitting (the form gold sets come in)
  double timeout_seconds =
      0;                   ///< --timeout: the most one pair may take (checkPair throws UserError); 0: none
  ReadingOptions reading;  ///< concord.toml [formats] and [xliff]: how each file is read
};

/// Everything one checked pair produced.
struct CheckResult {
  std::unique_ptr<Document> source;
  std::unique_ptr<Document> target;
  Alignment alignment;
  std::vector<Finding> findings;
  std::vector<std::string> notes;  ///< "target language detected as en (confidence 0.93)" …
  std::string style;               ///< the house style the rules ran with (checkPair; empty after alignPair)
};

/// Reads, segments and aligns a pair (no rules). Throws UserError on bad input.
CheckResult alignPair(const ArticleInput& source, const ArticleInput& target, const CheckOptions& options);

/// The whole pipeline: read, segment, align, run the selected rules, sort and dedupe the findings. Past
/// options.timeout_seconds it stops at the next check of its deadline with a UserError naming the pair.
CheckResult checkPair(const ArticleInput& source, const ArticleInput& target, const CheckOptions& options,
                      const DictionarySet& dictionaries);

/// The rules `selectors` choose, in registry order. Throws UserError naming an unknown id or category.
std::vector<const rules::Rule*> selectRules(const std::vector<std::string>& selectors);

/// House-style profiles available (file names under dictionaries/styles/), sorted.
std::vector<std::string> availableStyles();

/// Throws UserError when `style` is not an available profile. A path (containing '/' or ending in .tsv) names
/// a user's profile file, which is loaded to check it (bad lines are reported as file:line).
void validateStyle(const std::string& style);

/// Loads the newsroom's word lists and glossaries of `settings` (concord.toml [dictionaries]) so a bad line
/// stops the run before any article is read (UserError naming file:line). A glossary file must be named
/// for its language pair (`…fr-en.tsv`), or the rules could not tell which articles it is for.
void validateNewsroomDictionaries(const rules::CheckSettings& settings, const DictionarySet& dictionaries);

}  // namespace concord
