#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checker/model/finding.h"
#include "checker/reading/reading_options.h"
#include "rules/rule.h"

namespace concord {

/// The settings of concord.toml. Every field is optional: a flag on the command line wins over the file,
/// the file wins over the built-in default. Paths are already resolved against the file's folder.
struct Config {
  std::string path;  ///< the file it came from; empty when there is none
  std::optional<std::string> source_lang;
  std::optional<std::string> target_lang;
  std::optional<std::string> style;
  std::optional<std::string> fail_on;
  std::vector<std::string> formats;  ///< "text", "sarif:concord.sarif" … (see docs/ci.md)
  std::optional<std::size_t> jobs;
  std::optional<std::size_t> max_findings;
  std::optional<bool> language_check;
  std::optional<std::string> baseline;
  std::vector<std::string> rule_selectors;  ///< [rules] select = [...]
  std::map<std::string, Severity> severities;
  std::vector<std::string> disabled_rules;  ///< severity = "off"
  std::map<std::string, rules::RuleOptions> rule_options;
  std::vector<std::string> extra_dictionaries;  ///< [dictionaries] extra
  std::vector<std::string> glossaries;          ///< [dictionaries] glossaries
  std::vector<std::string> ignore_patterns;     ///< [ignore] patterns: ICU regular expressions
  ReadingOptions reading;                       ///< [formats] extensions, [xliff] check-states
};

inline constexpr const char* kConfigFileName = "concord.toml";

/// Parses a concord.toml. Unknown keys, wrong types and bad values (an unknown rule, severity, format or
/// style, a regular expression ICU rejects, a dictionary file that does not exist) throw UserError
/// "file:line:col: message" pointing at the key or value.
Config loadConfig(const std::string& path);

/// concord.toml in the folder `start` or the nearest folder above it, looking no higher than the top of a
/// working copy (a folder holding .git or .hg) or the filesystem root; nullopt when there is none.
std::optional<std::string> findConfig(const std::string& start);

/// The commented starter file `concord init` writes; it parses with loadConfig and changes no default.
std::string starterConfig();

/// Writes starterConfig() to `path` (through a link, as every output); throws UserError if the file exists,
/// unless `overwrite` (concord init --force).
void writeStarterConfig(const std::string& path, bool overwrite);

}  // namespace concord
