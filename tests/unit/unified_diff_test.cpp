// The --dry-run diff, written from the edits, is the one `diff -u` prints for the same change.
#include "checker/fixing/unified_diff.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include <gtest/gtest.h>

namespace concord {
namespace {

std::string readAll(FILE* pipe) {
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  return out;
}

// The hunks of `diff -u old new` (its two header lines carry the temporary names and times).
std::string diffU(const std::string& before, const std::string& after) {
  const auto dir = std::filesystem::temp_directory_path() / ("concord-diff-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "old", std::ios::binary) << before;
  std::ofstream(dir / "new", std::ios::binary) << after;
  const std::string command = "diff -u " + (dir / "old").string() + " " + (dir / "new").string();
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  std::string out = readAll(pipe.get());
  std::filesystem::remove_all(dir);
  const auto body = out.find("\n@@");
  return body == std::string::npos ? "" : out.substr(body + 1);
}

std::string hunks(const std::string& diff) {
  const auto body = diff.find("\n@@");
  return body == std::string::npos ? "" : diff.substr(body + 1);
}

void expectSameAsDiffU(const std::string& before, const std::vector<Edit>& edits) {
  const std::string ours = unifiedDiff(before, edits, "story.en.txt");
  ASSERT_EQ(ours.substr(0, ours.find('\n', ours.find('\n') + 1) + 1), "--- story.en.txt\n+++ story.en.txt\n");
  EXPECT_EQ(hunks(ours), diffU(before, applyEdits(before, edits)));
}

std::string numberedLines(int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) text += "Line " + std::to_string(i) + " of the article.\n";
  return text;
}

TEST(UnifiedDiff, OneChangeWithThreeLinesOfContext) {
  const std::string text = numberedLines(10);
  const auto at = text.find("Line 5");
  expectSameAsDiffU(text, {{{at, at + 4}, "Row", "r"}});
}

TEST(UnifiedDiff, DistantChangesAreTwoHunksAndNearOnesOne) {
  const std::string text = numberedLines(30);
  const auto first = text.find("Line 2 ");
  const auto near = text.find("Line 8 ");
  const auto far = text.find("Line 25 ");
  expectSameAsDiffU(
      text, {{{first, first + 4}, "Row", "r"}, {{near, near + 4}, "Row", "r"}, {{far, far + 4}, "Row", "r"}});
}

TEST(UnifiedDiff, TwoEditsOnOneLineAndALastLineWithoutNewline) {
  const std::string text = "Kiev and Kiev.\nThe end";
  expectSameAsDiffU(text, {{{0, 4}, "Kyiv", "r"}, {{9, 13}, "Kyiv", "r"}, {{19, 22}, "close", "r"}});
}

TEST(UnifiedDiff, CrlfLinesKeepTheirLineEnds) {
  const std::string text = "One.\r\nKiev.\r\nThree.\r\n";
  expectSameAsDiffU(text, {{{6, 10}, "Kyiv", "r"}});
}

TEST(UnifiedDiff, NoEditsNoDiff) { EXPECT_EQ(unifiedDiff("text\n", {}, "a"), ""); }

}  // namespace
}  // namespace concord
