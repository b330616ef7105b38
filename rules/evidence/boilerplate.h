#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/regex.h>

#include "rules/rule.h"

namespace concord::rules {

/// Recognises wire boilerplate lines — "À lire aussi:", "Also read:", "Lesen Sie auch:", bylines "(AFP)",
/// "— AFP" — which translations keep, drop or add freely, so omission/addition/untranslated rules must not
/// report them. Patterns are ICU regular expressions, matched case-insensitively against a whole sentence:
/// a built-in list per language plus the rule option `ignore` (a JSON array of patterns, or one pattern a
/// line), which applies to both languages.
class BoilerplateMatcher {
 public:
  /// Built-ins for `languages` (primary subtags) plus `options`' `ignore` list. A pattern ICU rejects
  /// throws UserError naming the option.
  BoilerplateMatcher(const std::vector<std::string>& languages, const RuleOptions& options);
  ~BoilerplateMatcher();
  BoilerplateMatcher(const BoilerplateMatcher&) = delete;
  BoilerplateMatcher& operator=(const BoilerplateMatcher&) = delete;

  /// True when `sentence` (its text, any surrounding blanks) is boilerplate.
  bool matches(std::string_view sentence) const;

 private:
  std::vector<const icu::RegexPattern*> patterns_;  ///< compiled once per process, never freed
};

/// The `ignore` option as a list of patterns: a JSON array of strings, or one pattern per line.
std::vector<std::string> ignorePatterns(const RuleOptions& options);

}  // namespace concord::rules
