// Runs every fixture case under tests/rules/<category>/<name>/<case>/ with only that rule enabled and
// compares the complete list of findings with expected.json: a missing finding fails, and so does an extra
// one.
#include <gtest/gtest.h>

#include "tests/support/fixtures.h"

namespace concord::testing {
namespace {

class RuleFixture : public ::testing::TestWithParam<FixtureCase> {};

TEST_P(RuleFixture, ReportsExactlyTheExpectedFindings) {
  const FixtureCase& fixture = GetParam();
  const nlohmann::json actual = runFixture(fixture);
  const nlohmann::json expected = expectedFindings(fixture);
  EXPECT_EQ(actual, expected) << "fixture " << fixture.dir << "\nactual:\n" << actual.dump(2);
  if (fixture.name.rfind("silent", 0) == 0) {
    EXPECT_TRUE(expected.empty()) << "a silent_* case expects no findings";
  }
  if (fixture.name.rfind("fires", 0) == 0) {
    EXPECT_FALSE(expected.empty()) << "a fires_* case expects findings";
  }
}

std::string caseName(const ::testing::TestParamInfo<FixtureCase>& info) {
  std::string name = info.param.rule_id + "_" + info.param.name;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixture, ::testing::ValuesIn(discoverFixtures(CONCORD_TEST_DIR "/rules")),
                         caseName);

}  // namespace
}  // namespace concord::testing
