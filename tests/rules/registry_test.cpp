// The registry is the one list of rules: every rule must be well named, documented and covered by fixtures.
#include "rules/registry.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/support/fixtures.h"

namespace concord::testing {
namespace {

TEST(Registry, IdsAreWellFormedUniqueAndSorted) {
  std::set<std::string_view> seen;
  std::string_view previous;
  for (const auto& rule : rules::builtinRules()) {
    const std::string_view id = rule->info().id;
    EXPECT_TRUE(rules::isWellFormedRuleId(id)) << id;
    EXPECT_TRUE(seen.insert(id).second) << "duplicate id " << id;
    EXPECT_LT(previous, id) << "registry not sorted at " << id;
    previous = id;
    EXPECT_FALSE(rule->info().summary.empty()) << id;
    EXPECT_FALSE(rule->info().rationale.empty()) << id;
  }
  EXPECT_FALSE(seen.empty());
}

TEST(Registry, RejectsMalformedIds) {
  EXPECT_FALSE(rules::isWellFormedRuleId("quotes"));
  EXPECT_FALSE(rules::isWellFormedRuleId("quote/unbalanced"));
  EXPECT_FALSE(rules::isWellFormedRuleId("quotes/Unbalanced"));
  EXPECT_FALSE(rules::isWellFormedRuleId("quotes/"));
  EXPECT_TRUE(rules::isWellFormedRuleId("numbers/kept-format"));
}

TEST(Registry, EveryRuleHasFiresAndSilentFixturesAndADocPage) {
  const auto cases = discoverFixtures(CONCORD_TEST_DIR "/rules");
  for (const auto& rule : rules::builtinRules()) {
    const std::string id(rule->info().id);
    bool fires = false, silent = false;
    for (const auto& c : cases) {
      if (c.rule_id != id) continue;
      fires = fires || c.name.rfind("fires", 0) == 0;
      silent = silent || c.name.rfind("silent", 0) == 0;
    }
    EXPECT_TRUE(fires) << id << " has no tests/rules/" << id << "/fires_* case";
    EXPECT_TRUE(silent) << id << " has no tests/rules/" << id << "/silent_* case";
    EXPECT_TRUE(std::filesystem::exists(std::string(CONCORD_REPO_DIR) + "/docs/rules/" + id + ".md"))
        << id << " has no docs/rules/" << id << ".md";
  }
}

// The path of a rule's code follows from its id: quotes/unbalanced is rules/quotes/unbalanced.h/.cpp (a dash
// in the id is an underscore in the file name), as its page is docs/rules/quotes/unbalanced.md.
std::filesystem::path ruleSourceStem(std::string_view id) {
  std::string stem(id);
  std::replace(stem.begin(), stem.end(), '-', '_');
  return std::filesystem::path(CONCORD_REPO_DIR) / "rules" / stem;
}

TEST(Registry, EveryRuleLivesAtThePathOfItsId) {
  for (const auto& rule : rules::builtinRules()) {
    const std::string_view id = rule->info().id;
    const auto stem = ruleSourceStem(id);
    EXPECT_TRUE(std::filesystem::exists(stem.string() + ".h")) << id << " has no " << stem.string() << ".h";
    EXPECT_TRUE(std::filesystem::exists(stem.string() + ".cpp"))
        << id << " has no " << stem.string() << ".cpp";
  }
}

// The other way round: a header under rules/<category>/ that declares a Rule is the rule whose id its path
// spells, and that rule is registered. Helpers (anything that is not a Rule) may sit beside the rules.
TEST(Registry, EveryRuleClassUnderRulesIsRegisteredUnderTheIdOfItsPath) {
  const std::regex declares_rule(R"(class\s+\w+\s*(final\s*)?:\s*public\s+Rule\b)");
  const auto root = std::filesystem::path(CONCORD_REPO_DIR) / "rules";
  std::size_t rule_headers = 0;
  for (const auto& category : ruleCategories()) {
    const auto folder = root / std::string(category);
    if (!std::filesystem::is_directory(folder)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() != ".h") continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      if (!std::regex_search(text.str(), declares_rule)) continue;
      ++rule_headers;
      std::string name = entry.path().stem().string();
      std::replace(name.begin(), name.end(), '_', '-');
      const std::string id = std::string(category) + "/" + name;
      EXPECT_NE(rules::findRule(id), nullptr)
          << entry.path().string() << " declares a rule, but " << id << " is not in the registry";
    }
  }
  EXPECT_EQ(rule_headers, rules::builtinRules().size())
      << "a rule's header is not at rules/<category>/<name>.h";
}

TEST(Registry, EveryFixtureFolderBelongsToARule) {
  for (const auto& c : discoverFixtures(CONCORD_TEST_DIR "/rules")) {
    EXPECT_NE(rules::findRule(c.rule_id), nullptr) << c.dir << " names no registered rule";
    EXPECT_TRUE(c.name.rfind("fires", 0) == 0 || c.name.rfind("silent", 0) == 0)
        << c.dir << ": case names start with fires_ or silent_";
  }
}

}  // namespace
}  // namespace concord::testing
