#pragma once

#include <string>
#include <vector>

namespace concord {

/// The --rules selectors `concord fix` uses when none are given: the rules whose suggestion is the one
/// replacement the house style or the target language's conventions require (house-style names, quotation
/// marks, number formats, typography).
const std::vector<std::string>& defaultFixSelectors();

/// The ids among `rule_ids` whose suggestions `concord fix` may apply. Never omission or addition (their
/// findings have no replacement text), spelling (Hunspell's first guess among several) or untranslated
/// (one lexicon rendering among several).
std::vector<std::string> fixableRules(const std::vector<std::string>& rule_ids);

/// Throws UserError naming --rules when a positive selector of `selectors` chooses no fixable rule
/// (`concord fix --rules spelling` would silently do nothing).
void refuseUnfixableSelectors(const std::vector<std::string>& selectors);

}  // namespace concord
