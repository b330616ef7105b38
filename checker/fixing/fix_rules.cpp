#include "checker/fixing/fix_rules.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "checker/model/error.h"
#include "checker/pipeline/pipeline.h"

namespace concord {
namespace {

// Their suggestions are guesses or have no text to insert; an editor decides.
constexpr std::array<std::string_view, 4> kNeverFixedCategories = {"omission", "addition", "spelling",
                                                                   "untranslated"};

bool isFixable(std::string_view rule_id) {
  const std::string_view category = rule_id.substr(0, rule_id.find('/'));
  return std::find(kNeverFixedCategories.begin(), kNeverFixedCategories.end(), category) ==
         kNeverFixedCategories.end();
}

}  // namespace

const std::vector<std::string>& defaultFixSelectors() {
  static const std::vector<std::string> selectors = {"transliteration/house-style", "quotes",
                                                     "numbers/kept-format", "typography"};
  return selectors;
}

std::vector<std::string> fixableRules(const std::vector<std::string>& rule_ids) {
  std::vector<std::string> out;
  std::copy_if(rule_ids.begin(), rule_ids.end(), std::back_inserter(out),
               [](const std::string& id) { return isFixable(id); });
  return out;
}

void refuseUnfixableSelectors(const std::vector<std::string>& selectors) {
  for (const std::string& selector : selectors) {
    if (selector.starts_with('-')) continue;
    const auto chosen = selectRules({selector});
    if (std::any_of(chosen.begin(), chosen.end(),
                    [](const auto* rule) { return isFixable(rule->info().id); }))
      continue;
    throw UserError("--rules", "concord fix never applies the suggestions of '" + selector +
                                   "' (omission, addition, spelling and untranslated need an editor)");
  }
}

}  // namespace concord
