#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace concord::testing {

/// One fixture case: tests/rules/<category>/<name>/<case>/ holding source.<lang>.<ext>, target.<lang>.<ext>,
/// expected.json (the complete list of findings the rule must report) and optionally options.json
/// ({"style": "bbc", "options": {"key": "value"}, "source_lang": "fr", "target_lang": "en"}).
struct FixtureCase {
  std::string rule_id;  ///< "quotes/unbalanced"
  std::string name;     ///< "fires_nested_open"
  std::filesystem::path dir;
};

/// How gtest (and so ctest's test list) shows a case: "quotes/unbalanced/fires_nested_open", not a byte dump.
inline void PrintTo(const FixtureCase& fixture, std::ostream* out) {
  *out << fixture.rule_id << "/" << fixture.name;
}

/// Every case under `root` (tests/rules), sorted.
std::vector<FixtureCase> discoverFixtures(const std::filesystem::path& root);

/// Runs only the case's rule on its pair and returns the findings projected to what expected.json holds:
/// [{"rule", "severity", "side", "line", "column", "text", "suggestion"?}], in report order.
nlohmann::json runFixture(const FixtureCase& fixture);

/// The case's expected.json.
nlohmann::json expectedFindings(const FixtureCase& fixture);

}  // namespace concord::testing
