#include "tests/support/fixtures.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "checker/model/location.h"
#include "checker/pipeline/pipeline.h"
#include "dictionaries/dictionary_set.h"

namespace concord::testing {
namespace fs = std::filesystem;

std::vector<FixtureCase> discoverFixtures(const fs::path& root) {
  std::vector<FixtureCase> cases;
  if (!fs::exists(root)) return cases;
  for (const auto& category : fs::directory_iterator(root)) {
    if (!category.is_directory()) continue;
    for (const auto& rule : fs::directory_iterator(category.path())) {
      if (!rule.is_directory()) continue;
      for (const auto& c : fs::directory_iterator(rule.path())) {
        if (!c.is_directory()) continue;
        cases.push_back({category.path().filename().string() + "/" + rule.path().filename().string(),
                         c.path().filename().string(), c.path()});
      }
    }
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) {
    return std::tie(a.rule_id, a.name) < std::tie(b.rule_id, b.name);
  });
  return cases;
}

namespace {

fs::path fileStartingWith(const fs::path& dir, const std::string& prefix) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) return entry.path();
  }
  throw std::runtime_error("fixture " + dir.string() + " has no " + prefix + "* file");
}

nlohmann::json readJson(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return nlohmann::json::parse(in);
}

}  // namespace

nlohmann::json expectedFindings(const FixtureCase& fixture) {
  return readJson(fixture.dir / "expected.json");
}

nlohmann::json runFixture(const FixtureCase& fixture) {
  nlohmann::json options_json = nlohmann::json::object();
  if (fs::exists(fixture.dir / "options.json")) options_json = readJson(fixture.dir / "options.json");

  CheckOptions options;
  options.rule_selectors = {fixture.rule_id};
  options.settings.style = options_json.value("style", "");  // empty: the target language's default
  // A user's profile file named in options.json lives next to the case.
  if (options.settings.style.ends_with(".tsv"))
    options.settings.style = (fixture.dir / options.settings.style).string();
  std::map<std::string, std::string> rule_options;
  // A named copy: items() over the temporary that value() returns would dangle.
  const nlohmann::json rule_options_json = options_json.value("options", nlohmann::json::object());
  for (const auto& [key, value] : rule_options_json.items()) {
    rule_options[key] = value.is_string() ? value.get<std::string>() : value.dump();
  }
  options.rule_options[fixture.rule_id] = rules::RuleOptions(rule_options);

  const ArticleInput source{fileStartingWith(fixture.dir, "source.").string(), std::nullopt,
                            options_json.value("source_lang", "")};
  const ArticleInput target{fileStartingWith(fixture.dir, "target.").string(), std::nullopt,
                            options_json.value("target_lang", "")};
  const DictionarySet dictionaries;
  const CheckResult result = checkPair(source, target, options, dictionaries);

  nlohmann::json actual = nlohmann::json::array();
  for (const Finding& f : result.findings) {
    const Document& doc = f.primary == Side::target ? *result.target : *result.source;
    const Location loc = locate(doc, f.primaryRange());
    nlohmann::json item = {{"rule", f.rule_id},
                           {"severity", std::string(severityName(f.severity))},
                           {"side", f.primary == Side::target ? "target" : "source"},
                           {"line", loc.line},
                           {"column", loc.column},
                           {"text", loc.text}};
    if (f.suggestion) item["suggestion"] = *f.suggestion;
    actual.push_back(item);
  }
  return actual;
}

}  // namespace concord::testing
