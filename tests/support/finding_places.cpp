#include "tests/support/finding_places.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
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
  if (location.contains("offset") && location.contains("end_offset")) {
    const auto begin = location["offset"].get<std::size_t>();
    const auto end = location["end_offset"].get<std::size_t>();
    ASSERT_LE(end, file.size()) << location.dump();
    EXPECT_EQ(file.compare(begin, line.size() - byte, line, byte), 0) << "line:column is the offset";
    // The text is decoded (docs/formats.md): where the file spells it with escapes or markup, its letters and
    // digits still stand in the file's bytes of the place, in order (in a JSON string a word with escapes is
    // laid whole from its first byte, so a place may start inside an escape before it).
    const std::string spelled = file.substr(begin, end - begin);
    if (spelled == text) return;
    std::size_t at = 0;
    for (const char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c)) == 0) continue;
      at = spelled.find(c, at);
      ASSERT_NE(at, std::string::npos) << "'" << c << "' of " << location.dump() << " in " << spelled;
      ++at;
    }
    return;
  }
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

void expectEachRefusedInOneLine(const std::vector<BadFile>& files, const std::vector<std::string>& leading) {
  const std::string dir = makeTempDir();
  for (const BadFile& file : files) {
    const std::string path = dir + "/" + file.name;
    writeFile(path, file.bytes);
    std::vector<std::string> args{"check"};
    args.insert(args.end(), leading.begin(), leading.end());
    args.insert(args.end(), {path, "--output", dir + "/out.json", "--format", "json"});
    const auto started = std::chrono::steady_clock::now();
    const auto r = runConcord(args);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20)) << file.name;
    EXPECT_EQ(r.exit_code, 2) << file.name << r.out;
    EXPECT_NE(r.err.find(path + file.message), std::string::npos) << file.name << ": " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir + "/out.json")) << file.name;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace concord::testing
