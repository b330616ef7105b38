#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/alignment.h"
#include "checker/model/deadline.h"
#include "checker/model/finding.h"
#include "rules/pair_evidence.h"

namespace concord {
class DictionarySet;
}

namespace concord::rules {

/// What a rule is, for `concord rules`, `concord explain`, SARIF rule metadata and the docs.
struct RuleInfo {
  std::string_view id;         ///< "category/name"
  std::string_view summary;    ///< one line
  std::string_view rationale;  ///< why an editor wants it
  Severity default_severity = Severity::warning;
};

/// Per-rule options from the config file (`[rules."quotes/unbalanced"] key = value`), as strings.
class RuleOptions {
 public:
  RuleOptions() = default;
  explicit RuleOptions(std::map<std::string, std::string> values) : values_(std::move(values)) {}
  std::optional<std::string> get(const std::string& key) const;
  std::string getOr(const std::string& key, const std::string& fallback) const;
  double getNumber(const std::string& key, double fallback) const;
  bool getBool(const std::string& key, bool fallback) const;
  /// True when `item` is one of the comma-separated values of `key` (or of `fallback` when it is not set).
  bool listContains(const std::string& key, const std::string& fallback, const std::string& item) const;
  const std::map<std::string, std::string>& values() const { return values_; }

 private:
  std::map<std::string, std::string> values_;
};

/// Settings shared by every rule of one run.
struct CheckSettings {
  /// House-style profile: a built-in name (ap, reuters, fundeu …) or a path to a user's profile file.
  /// Empty in CheckOptions: not chosen; checkPair then passes rules the target language's default (see
  /// resolveStyleName), so a rule sees "ap" for English when no --style was given.
  std::string style;
  std::vector<std::string> extra_dictionaries;  ///< newsroom word lists from concord.toml (files exist)
  std::vector<std::string> glossaries;          ///< newsroom glossaries from concord.toml (files exist)
};

/// What a rule may use while checking, and where its findings go. One context per rule per article.
class RuleContext {
 public:
  RuleContext(const RuleInfo& info, Severity severity, const RuleOptions& options,
              const DictionarySet& dictionaries, const CheckSettings& settings, Deadline deadline = {},
              std::shared_ptr<PairEvidence> evidence = nullptr);

  /// Records a finding. The rule id is filled in. A finding left at the default severity (warning) takes the
  /// configured one; a rule sets Severity::info itself to lower it for weak evidence. Findings whose
  /// confidence is under 0.5 are lowered to info too — precision first.
  void report(Finding finding);
  /// A target-side finding with the aligned source sentence attached, the common case.
  void reportOnTarget(const AlignedPair& pair, std::size_t target_sentence, TextRange range,
                      std::string message, std::optional<std::string> suggestion = std::nullopt);

  const RuleOptions& options() const { return options_; }
  const DictionarySet& dictionaries() const { return dictionaries_; }
  const CheckSettings& settings() const { return settings_; }
  Severity severity() const { return severity_; }
  /// Rules whose work grows with the article call check() on it inside their loops (per link, per
  /// sentence): a pair past --timeout stops there.
  const Deadline& deadline() const { return deadline_; }
  /// What the pair's rules share (pair_evidence.h): the same store for every rule of one checkPair.
  PairEvidence& evidence() const { return *evidence_; }
  std::vector<Finding> takeFindings() { return std::move(findings_); }

 private:
  const RuleInfo& info_;
  Severity severity_;
  const RuleOptions& options_;
  const DictionarySet& dictionaries_;
  const CheckSettings& settings_;
  Deadline deadline_;
  std::shared_ptr<PairEvidence> evidence_;
  std::vector<Finding> findings_;
};

/// A rule: constant after construction, no I/O, no printing, no state between calls.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  virtual void check(const AlignedPair& pair, RuleContext& context) const = 0;
};

}  // namespace concord::rules
