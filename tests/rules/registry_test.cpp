// The registry is the one list of rules: every rule must be well named, documented and covered by fixtures.
#include "rules/registry.h"

#include <filesystem>
#include <set>

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

TEST(Registry, EveryFixtureFolderBelongsToARule) {
  for (const auto& c : discoverFixtures(CONCORD_TEST_DIR "/rules")) {
    EXPECT_NE(rules::findRule(c.rule_id), nullptr) << c.dir << " names no registered rule";
    EXPECT_TRUE(c.name.rfind("fires", 0) == 0 || c.name.rfind("silent", 0) == 0)
        << c.dir << ": case names start with fires_ or silent_";
  }
}

}  // namespace
}  // namespace concord::testing
