#include "tests/support/finding_places.h"

#include <sstream>

#include <gtest/gtest.h>

#include "checker/model/unicode_text.h"
#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

std::string lineOf(const std::string& bytes, std::size_t line) {
  std::istringstream in(bytes);
  std::string text;
  for (std::size_t i = 0; i < line; ++i) std::getline(in, text);
  return text;
}

}  // namespace

nlohmann::json checkJson(const std::vector<std::string>& args) {
  std::vector<std::string> full{"check"};
  full.insert(full.end(), args.begin(), args.end());
  full.insert(full.end(), {"--format", "json"});
  const auto r = runConcord(full);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  return nlohmann::json::parse(r.out);
}

std::map<std::string, int> countsByRule(const nlohmann::json& report) {
  std::map<std::string, int> counts;
  for (const auto& finding : report["findings"]) ++counts[finding["rule"].get<std::string>()];
  return counts;
}

void expectAtItsPlace(const std::string& file, const nlohmann::json& location) {
  const std::string line = lineOf(file, location["line"].get<std::size_t>());
  std::size_t byte = 0;
  for (std::size_t column = 1; column < location["column"].get<std::size_t>(); ++column) {
    std::size_t length = 0;
    codePointAt(line, byte, &length);
    byte += length;
  }
  const std::string text = location["text"];
  const std::string first_line = text.substr(0, text.find('\n'));
  EXPECT_EQ(line.substr(byte, first_line.size()), first_line) << location.dump();
}

void expectEveryFindingAtItsPlace(const nlohmann::json& report, const std::string& source,
                                  const std::string& target) {
  for (const auto& finding : report["findings"]) {
    if (finding.contains("source") && !finding["source"].is_null())
      expectAtItsPlace(source, finding["source"]);
    if (finding.contains("target") && !finding["target"].is_null())
      expectAtItsPlace(target, finding["target"]);
  }
}

}  // namespace concord::testing
