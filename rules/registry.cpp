#include "rules/registry.h"

#include <algorithm>
#include <string>

#include "checker/model/letter_edits.h"
#include "rules/addition/clause.h"
#include "rules/addition/sentence.h"
#include "rules/consistency/name_variants.h"
#include "rules/consistency/unused_suppression.h"
#include "rules/numbers/date.h"
#include "rules/numbers/kept_format.h"
#include "rules/numbers/mismatch.h"
#include "rules/omission/clause.h"
#include "rules/omission/negation.h"
#include "rules/omission/sentence.h"
#include "rules/quotes/foreign_marks.h"
#include "rules/quotes/mixed_styles.h"
#include "rules/quotes/source_parity.h"
#include "rules/quotes/spacing.h"
#include "rules/quotes/unbalanced.h"
#include "rules/spelling/hunspell.h"
#include "rules/terminology/glossary.h"
#include "rules/transliteration/exonym.h"
#include "rules/transliteration/house_style.h"
#include "rules/transliteration/romanization.h"
#include "rules/truncation/cut_off.h"
#include "rules/typography/double_space.h"
#include "rules/typography/quote_punctuation.h"
#include "rules/typography/space_before_punctuation.h"
#include "rules/untranslated/sentence.h"
#include "rules/untranslated/word.h"

namespace concord::rules {

const std::vector<std::unique_ptr<Rule>>& builtinRules() {
  static const std::vector<std::unique_ptr<Rule>> rules = [] {
    std::vector<std::unique_ptr<Rule>> table;
    // One line per rule. Keep sorted by id.
    table.push_back(std::make_unique<AdditionClauseRule>());
    table.push_back(std::make_unique<AdditionSentenceRule>());
    table.push_back(std::make_unique<ConsistencyNameVariantsRule>());
    table.push_back(std::make_unique<ConsistencyUnusedSuppressionRule>());
    table.push_back(std::make_unique<NumbersDateRule>());
    table.push_back(std::make_unique<NumbersKeptFormatRule>());
    table.push_back(std::make_unique<NumbersMismatchRule>());
    table.push_back(std::make_unique<OmissionClauseRule>());
    table.push_back(std::make_unique<OmissionNegationRule>());
    table.push_back(std::make_unique<OmissionSentenceRule>());
    table.push_back(std::make_unique<QuotesForeignMarksRule>());
    table.push_back(std::make_unique<QuotesMixedStylesRule>());
    table.push_back(std::make_unique<QuotesSourceParityRule>());
    table.push_back(std::make_unique<QuotesSpacingRule>());
    table.push_back(std::make_unique<QuotesUnbalancedRule>());
    table.push_back(std::make_unique<SpellingHunspellRule>());
    table.push_back(std::make_unique<TerminologyGlossaryRule>());
    table.push_back(std::make_unique<TransliterationExonymRule>());
    table.push_back(std::make_unique<TransliterationHouseStyleRule>());
    table.push_back(std::make_unique<TransliterationRomanizationRule>());
    table.push_back(std::make_unique<TruncationCutOffRule>());
    table.push_back(std::make_unique<TypographyDoubleSpaceRule>());
    table.push_back(std::make_unique<TypographyQuotePunctuationRule>());
    table.push_back(std::make_unique<TypographySpaceBeforePunctuationRule>());
    table.push_back(std::make_unique<UntranslatedSentenceRule>());
    table.push_back(std::make_unique<UntranslatedWordRule>());
    std::sort(table.begin(), table.end(),
              [](const auto& a, const auto& b) { return a->info().id < b->info().id; });
    return table;
  }();
  return rules;
}

const Rule* findRule(std::string_view id) {
  for (const auto& rule : builtinRules()) {
    if (rule->info().id == id) return rule.get();
  }
  return nullptr;
}

std::string unknownRuleMessage(std::string_view id) {
  std::vector<std::string> ids;
  for (const auto& rule : builtinRules()) ids.emplace_back(rule->info().id);
  const auto closest = closestName(id, ids);
  return "unknown rule '" + std::string(id) + "' (" + (closest ? "did you mean " + *closest + "? " : "") +
         "concord rules lists them)";
}

bool isWellFormedRuleId(std::string_view id) {
  const auto slash = id.find('/');
  if (slash == std::string_view::npos) return false;
  const std::string_view category = id.substr(0, slash);
  const std::string_view name = id.substr(slash + 1);
  const auto& categories = ruleCategories();
  if (std::find(categories.begin(), categories.end(), category) == categories.end()) return false;
  if (name.empty() || name.front() == '-' || name.back() == '-') return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace concord::rules
