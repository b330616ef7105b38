// Classic Mac files (lone CR line ends) are checked line by line, as LF and CRLF files are.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

const std::string kSource = repoPath("corpora/belgorod/source.fr.txt");
const std::string kTarget = repoPath("corpora/belgorod/target.en.txt");

std::string withLineEnds(std::string text, char end) {
  std::replace(text.begin(), text.end(), '\n', end);
  return text;
}

// The findings as the JSON contract gives them, with line ends inside quoted text made alike.
nlohmann::json findingsOf(const ProcessResult& r) {
  std::string out = r.out;
  for (std::size_t at; (at = out.find("\\r")) != std::string::npos;) out.replace(at, 2, "\\n");
  return nlohmann::json::parse(out)["findings"];
}

TEST(LineEnds, LoneCarriageReturnsEndLinesWithTheSamePositionsAsLineFeeds) {
  const std::string dir = makeTempDir();
  const std::string source = dir + "/story.fr.txt", target = dir + "/story.en.txt";
  writeFile(source, withLineEnds(readFile(kSource), '\r'));
  writeFile(target, withLineEnds(readFile(kTarget), '\r'));
  const auto mac = runConcord({"check", source, target, "--format", "json"});
  const auto unix = runConcord({"check", kSource, kTarget, "--format", "json"});
  ASSERT_EQ(unix.exit_code, 1) << unix.err;
  EXPECT_EQ(mac.exit_code, 1) << mac.err;
  const nlohmann::json expected = findingsOf(unix), found = findingsOf(mac);
  ASSERT_GT(expected.size(), 5u);
  EXPECT_EQ(found, expected);  // same rules, lines, columns and offsets (CR and LF are both one byte)

  const auto text = runConcord({"check", source, target, "--rules", "quotes/unbalanced"});
  EXPECT_NE(text.out.find(target + ":31:55: warning: "), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find('\r'), std::string::npos) << "the excerpt is the line, without its CR";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace concord::testing
