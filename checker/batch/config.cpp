#include "checker/batch/config.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include <toml++/toml.h>
#include <unicode/regex.h>

#include "checker/model/error.h"
#include "checker/output/atomic_file.h"
#include "checker/output/reporter.h"
#include "checker/pipeline/pipeline.h"
#include "checker/reading/bilingual_file.h"
#include "checker/reading/language.h"
#include "checker/reading/text_file.h"
#include "rules/registry.h"

namespace concord {
namespace fs = std::filesystem;
namespace {

// Reads one concord.toml, turning every problem into "file:line:col: message".
class ConfigReader {
 public:
  ConfigReader(std::string path, std::string folder) : path_(std::move(path)), folder_(std::move(folder)) {}

  [[noreturn]] void fail(const toml::source_region& at, const std::string& message) const {
    throw UserError(path_, at.begin.line, at.begin.column, message);
  }

  std::string string(const toml::node& node, const std::string& key) const {
    if (!node.is_string()) fail(node.source(), "'" + key + "' must be a string");
    return *node.value<std::string>();
  }

  std::vector<std::string> strings(const toml::node& node, const std::string& key) const {
    if (node.is_string()) return {*node.value<std::string>()};
    const toml::array* array = node.as_array();
    if (array == nullptr) fail(node.source(), "'" + key + "' must be a string or a list of strings");
    std::vector<std::string> out;
    for (const toml::node& item : *array) out.push_back(string(item, key));
    return out;
  }

  std::size_t count(const toml::node& node, const std::string& key) const {
    const auto value = node.value<int64_t>();
    if (!node.is_integer() || !value || *value < 0)
      fail(node.source(), "'" + key + "' must be a whole number >= 0");
    return static_cast<std::size_t>(*value);
  }

  bool boolean(const toml::node& node, const std::string& key) const {
    if (!node.is_boolean()) fail(node.source(), "'" + key + "' must be true or false");
    return *node.value<bool>();
  }

  const toml::table& table(const toml::node& node, const std::string& key) const {
    const toml::table* t = node.as_table();
    if (t == nullptr) fail(node.source(), "'" + key + "' must be a table ([" + key + "])");
    return *t;
  }

  std::string resolvePath(const std::string& relative) const {
    return fs::path(relative).is_absolute() ? relative
                                            : (fs::path(folder_) / relative).lexically_normal().string();
  }

  std::string existingFile(const toml::node& node, const std::string& key) const {
    const std::string path = resolvePath(string(node, key));
    if (!fs::is_regular_file(path)) fail(node.source(), "'" + key + "': no such file " + path);
    return path;
  }

  void language(const toml::node& node, const std::string& key, std::optional<std::string>& out) const {
    const std::string tag = string(node, key);
    try {
      out = canonicalLanguageTag(tag, key);
    } catch (const UserError& e) {
      fail(node.source(), "'" + key + "': not a language tag: " + tag);
    }
  }

  void readTop(const toml::table& root, Config& config) const {
    for (auto&& [key_node, node] : root) {
      const std::string key(key_node.str());
      if (key == "source_lang")
        language(node, key, config.source_lang);
      else if (key == "target_lang")
        language(node, key, config.target_lang);
      else if (key == "style")
        readStyle(node, config);
      else if (key == "fail_on")
        readFailOn(node, config);
      else if (key == "format")
        readFormats(node, config);
      else if (key == "jobs")
        config.jobs = count(node, key);
      else if (key == "max_findings")
        config.max_findings = count(node, key);
      else if (key == "language_check")
        config.language_check = boolean(node, key);
      else if (key == "baseline")
        config.baseline = resolvePath(string(node, key));
      else if (key == "rules")
        readRules(table(node, key), config);
      else if (key == "dictionaries")
        readDictionaries(table(node, key), config);
      else if (key == "ignore")
        readIgnore(table(node, key), config);
      else if (key == "formats")
        readFormatMap(table(node, key), config);
      else if (key == "xliff")
        readXliff(table(node, key), config);
      else
        fail(key_node.source(), "unknown key '" + key + "' (see concord init for every key)");
    }
  }

  void readStyle(const toml::node& node, Config& config) const {
    const std::string style = string(node, "style");
    try {
      validateStyle(style);
    } catch (const UserError& e) {
      const std::string what = e.what();
      fail(node.source(), what.substr(what.find(": ") + 2));
    }
    config.style = style;
  }

  void readFailOn(const toml::node& node, Config& config) const {
    const std::string level = string(node, "fail_on");
    if (level != "never" && !parseSeverity(level))
      fail(node.source(), "'fail_on' must be error, warning, info or never, not '" + level + "'");
    config.fail_on = level;
  }

  void readFormats(const toml::node& node, Config& config) const {
    for (const std::string& spec : strings(node, "format")) {
      const std::string format = spec.substr(0, spec.find(':'));
      const auto& known = reportFormats();
      if (std::find(known.begin(), known.end(), format) == known.end())
        fail(node.source(),
             "unknown format '" + format + "' (text, json, jsonl, sarif, junit, markdown, github)");
      const auto colon = spec.find(':');
      config.formats.push_back(
          colon == std::string::npos ? spec : format + ":" + resolvePath(spec.substr(colon + 1)));
    }
  }

  void readRules(const toml::table& rules_table, Config& config) const {
    for (auto&& [key_node, node] : rules_table) {
      const std::string key(key_node.str());
      if (key == "select") {
        config.rule_selectors = strings(node, "rules.select");
        try {
          selectRules(config.rule_selectors);
        } catch (const UserError& e) {
          const std::string what = e.what();
          fail(node.source(), what.substr(what.find(": ") + 2));
        }
        continue;
      }
      if (rules::findRule(key) == nullptr) fail(key_node.source(), rules::unknownRuleMessage(key));
      std::map<std::string, std::string> options;
      for (auto&& [option_key, value] : table(node, "rules." + key)) {
        const std::string name(option_key.str());
        if (name == "severity") {
          const std::string severity = string(value, name);
          if (severity == "off") {
            config.disabled_rules.push_back(key);
          } else if (const auto parsed = parseSeverity(severity)) {
            config.severities[key] = *parsed;
          } else {
            fail(value.source(), "'severity' must be error, warning, info or off, not '" + severity + "'");
          }
        } else {
          options[name] = optionValue(value, name);
        }
      }
      if (!options.empty()) config.rule_options[key] = rules::RuleOptions(std::move(options));
    }
  }

  // Rule options reach rules as strings (RuleOptions); a list is one entry per line.
  std::string optionValue(const toml::node& node, const std::string& name) const {
    if (node.is_string()) return *node.value<std::string>();
    if (node.is_boolean()) return *node.value<bool>() ? "true" : "false";
    if (node.is_integer()) return std::to_string(*node.value<int64_t>());
    if (node.is_floating_point()) {
      std::ostringstream out;
      out << *node.value<double>();
      return out.str();
    }
    if (node.is_array()) {
      std::string joined;
      for (const std::string& item : strings(node, name)) joined += (joined.empty() ? "" : "\n") + item;
      return joined;
    }
    fail(node.source(), "option '" + name + "' must be a string, number, boolean or list of strings");
  }

  void readDictionaries(const toml::table& t, Config& config) const {
    for (auto&& [key_node, node] : t) {
      const std::string key(key_node.str());
      std::vector<std::string>* out = key == "extra"        ? &config.extra_dictionaries
                                      : key == "glossaries" ? &config.glossaries
                                                            : nullptr;
      if (out == nullptr)
        fail(key_node.source(), "unknown key 'dictionaries." + key + "' (extra, glossaries)");
      const toml::array* array = node.as_array();
      if (array == nullptr) {
        out->push_back(existingFile(node, "dictionaries." + key));
        continue;
      }
      for (const toml::node& item : *array) out->push_back(existingFile(item, "dictionaries." + key));
    }
  }

  void readIgnore(const toml::table& t, Config& config) const {
    for (auto&& [key_node, node] : t) {
      const std::string key(key_node.str());
      if (key != "patterns") fail(key_node.source(), "unknown key 'ignore." + key + "' (patterns)");
      const toml::array* array = node.as_array();
      if (array == nullptr) fail(node.source(), "'ignore.patterns' must be a list of regular expressions");
      for (const toml::node& item : *array) {
        const std::string pattern = string(item, "ignore.patterns");
        UErrorCode status = U_ZERO_ERROR;
        UParseError where{};
        std::unique_ptr<icu::RegexPattern> compiled(
            icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), where, status));
        if (U_FAILURE(status))
          fail(item.source(), "bad regular expression '" + pattern + "': " + u_errorName(status) +
                                  " at offset " + std::to_string(where.offset));
        config.ignore_patterns.push_back(pattern);
      }
    }
  }

  // [formats] ".sdlxliff" = "xliff": an extension (a dot, then no slash) read as one of Concord's formats.
  void readFormatMap(const toml::table& t, Config& config) const {
    for (auto&& [key_node, node] : t) {
      const std::string extension(key_node.str());
      if (extension.size() < 2 || extension.front() != '.' ||
          extension.find_first_of("/\\") != std::string::npos)
        fail(key_node.source(),
             "'formats' keys are file extensions with their dot (\".sdlxliff\"), not '" + extension + "'");
      const std::string name = string(node, "formats." + extension);
      const auto format = formatNamed(name);
      if (!format) fail(node.source(), "unknown format '" + name + "' (" + formatNames() + ")");
      config.reading.formats[extension] = *format;
    }
  }

  // [xliff] check-states = ["translated", "final"]: the unit states that are checked.
  void readXliff(const toml::table& t, Config& config) const {
    for (auto&& [key_node, node] : t) {
      const std::string key(key_node.str());
      if (key != "check-states") fail(key_node.source(), "unknown key 'xliff." + key + "' (check-states)");
      const toml::array* array = node.as_array();
      if (array == nullptr) fail(node.source(), "'xliff.check-states' must be a list of XLIFF states");
      std::set<std::string> states;
      for (const toml::node& item : *array) {
        const std::string state = string(item, "xliff.check-states");
        if (!isXliffState(state))
          fail(item.source(), "unknown XLIFF state '" + state + "' (" + xliffStateNames() + ")");
        states.insert(state);
      }
      config.reading.xliff_check_states = std::move(states);
    }
  }

 private:
  std::string path_;
  std::string folder_;
};

}  // namespace

Config loadConfig(const std::string& path) {
  const std::string bytes = readDataFile(path);
  toml::table root;
  try {
    root = toml::parse(bytes, path);
  } catch (const toml::parse_error& e) {
    throw UserError(path, e.source().begin.line, e.source().begin.column, std::string(e.description()));
  }
  Config config;
  config.path = path;
  const fs::path folder = fs::path(path).parent_path();
  ConfigReader(path, folder.empty() ? "." : folder.string()).readTop(root, config);
  return config;
}

namespace {

// The top of a working copy: a concord.toml above it belongs to another project (or to nobody).
bool isVersionControlRoot(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / ".git", ec) || fs::exists(dir / ".hg", ec);
}

}  // namespace

std::optional<std::string> findConfig(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (!dir.has_filename()) dir = dir.parent_path();  // "stories/" names the folder stories
  while (!ec) {
    const fs::path candidate = dir / kConfigFileName;
    std::error_code missing;  // a folder without the file is the common case, not an error
    if (fs::is_regular_file(candidate, missing)) return candidate.string();
    if (isVersionControlRoot(dir) || !dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

std::string starterConfig() {
  return R"toml(# concord.toml: Concord's settings for this folder and the folders below it.
# The nearest concord.toml above a story applies, whole: it is not merged with those further up (a
# sub-folder with its own file gets only that file's settings). Command-line flags win over this file.
# Paths are relative to this file. Every key is optional; delete what you do not need.
# `concord check --help` explains the flags these mirror.

# Languages of the source articles and of their translations (BCP 47: fr, en, en-GB, de, es, ru, uk …).
# In a folder, story.fr.txt is paired with story.en.txt.
# source_lang = "fr"
# target_lang = "en"

# House style for the target language: ap, reuters, bbc, guardian, fundeu …
# style = "ap"

# Lowest severity that fails the run (exit status 1): error, warning, info or never.
fail_on = "warning"

# Fail only when more than this many findings are at or above fail_on.
# max_findings = 0

# Output formats, FORMAT or FORMAT:FILE: text, json, jsonl, sarif, junit, markdown, github.
format = ["text"]
# format = ["text", "sarif:concord.sarif", "junit:concord-junit.xml"]

# Articles checked in parallel (0: one per core).
# jobs = 0

# Refuse a file whose text is clearly in another language than declared.
language_check = true

# Known findings to hide (written by `concord baseline create`); only new findings are reported.
# baseline = "concord-baseline.json"

[rules]
# Which rules run: ids, categories or category/*; a leading - excludes. Empty: every rule.
# select = ["quotes", "numbers", "-typography/*"]

# Per-rule severity (error, warning, info, or off) and options:
# [rules."quotes/unbalanced"]
# severity = "error"

[dictionaries]
# Your newsroom's own word lists and glossaries, on top of the built-in ones. A word list has one word or
# name per line; a glossary has the 4 columns of dictionaries/glossaries/*.tsv and is named for its pair.
# extra = ["newsroom/names.txt"]
# glossaries = ["newsroom/desk.fr-en.tsv"]

[ignore]
# Boilerplate the omission and addition checks should not count (ICU regular expressions, one line each):
# patterns = ["^\\(AFP\\)", "^Read more:"]

[formats]
# More file extensions, each read as text, markdown, html, ninjs, newsml, xliff, tmx or po:
# ".sdlxliff" = "xliff"
# ".htm5" = "html"

[xliff]
# The XLIFF unit states that are checked (1.2 target states, 2.x segment states); other units are skipped.
# Unset: every state, a 1.2 needs-translation target counted as untranslated.
# check-states = ["translated", "needs-review-translation", "final", "signed-off", "reviewed"]
)toml";
}

void writeStarterConfig(const std::string& path, bool overwrite) {
  if (!overwrite && fs::exists(path))
    throw UserError(path, "already exists; not overwritten (edit it, or give --force to replace it)");
  writeFileAtomically(path, starterConfig());
}

}  // namespace concord
