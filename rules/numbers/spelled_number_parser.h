#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include <unicode/rbnf.h>

namespace concord::rules {

/// Reads numbers written in words ("soixante-dix", "twenty one") with ICU's spell-out rules of one language.
/// Building the two rule-based formatters (and the collator the lenient one builds on its first parse) costs
/// more than a whole pair's parsing, and the numbers rules ask about the same words on every pair, so each
/// thread keeps one parser per language with the answers it has already given. ICU formatters are not shared
/// between threads: a parser belongs to the thread that asked for it.
class SpelledNumberParser {
 public:
  /// This thread's parser for `lang` (a BCP 47 tag, as ICU's Locale reads it), or null when ICU has no
  /// spell-out rules for it.
  static SpelledNumberParser* forThisThread(const std::string& lang);

  /// The value of `folded` (foldKey of the words, joined as written), or nullopt when it is no number.
  std::optional<double> parse(const std::string& folded);

 private:
  SpelledNumberParser(std::unique_ptr<icu::RuleBasedNumberFormat> strict,
                      std::unique_ptr<icu::RuleBasedNumberFormat> lenient);
  std::optional<double> parseWithIcu(const std::string& folded) const;
  /// The forms a number takes before a scale word, which ICU writes but does not parse alone: French
  /// "quatre-vingt" (of "quatre-vingt mille"; "les années quatre-vingt"), "deux cent". Built on first use.
  std::optional<double> beforeScaleForm(const std::string& folded);

  std::unique_ptr<icu::RuleBasedNumberFormat> strict_;
  std::unique_ptr<icu::RuleBasedNumberFormat> lenient_;
  /// Answers given so far; emptied when it reaches kMaxRemembered, so a long batch's memory stays flat.
  std::unordered_map<std::string, std::optional<double>> remembered_;
  std::optional<std::unordered_map<std::string, double>> before_scale_;
};

}  // namespace concord::rules
