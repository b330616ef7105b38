// Where the binary reads its data (checker/model/data_dir.cpp): beside itself once installed (the install
// tests, tests/install/), else $CONCORD_DATA_DIR, else the source tree; with none, one line and exit 2.
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

/// Sets the environment the child processes of one test inherit, and restores it afterwards.
class DataDirEnvironment : public ::testing::Test {
 protected:
  void TearDown() override {
    ::unsetenv("CONCORD_DATA_DIR");
    ::unsetenv("CONCORD_NO_SOURCE_DATA");
  }
};

TEST_F(DataDirEnvironment, TheEnvironmentNamesTheDataWhenTheSourceTreeIsHidden) {
  ::setenv("CONCORD_NO_SOURCE_DATA", "1", 1);
  ::setenv("CONCORD_DATA_DIR", CONCORD_REPO_DIR, 1);
  const auto r = runConcord({"--version"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\ndata " + std::string(CONCORD_REPO_DIR) + " (fingerprint "), std::string::npos)
      << r.out;
}

TEST_F(DataDirEnvironment, NoDataIsOneLineNamingWhereItLookedAndExitTwo) {
  ::setenv("CONCORD_NO_SOURCE_DATA", "1", 1);
  ::setenv("CONCORD_DATA_DIR", "/nonexistent/concord-data", 1);
  const auto r = runConcord(
      {"check", repoPath("corpora/belgorod/source.fr.txt"), repoPath("corpora/belgorod/target.en.txt")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/concord-data"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("share/concord"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST_F(DataDirEnvironment, ABadNameConventionLineIsOneLineNamingFileAndLineAndExitTwo) {
  // A copy of the data (links to the checkout's files) whose name_conventions.tsv an editor broke.
  namespace fs = std::filesystem;
  const fs::path data = makeTempDir();
  const fs::path repo = CONCORD_REPO_DIR;
  fs::create_directory_symlink(repo / "docs", data / "docs");
  fs::create_directories(data / "dictionaries" / "romanization");
  for (const auto& entry : fs::directory_iterator(repo / "dictionaries")) {
    if (entry.path().filename() != "romanization")
      fs::create_symlink(entry.path(), data / "dictionaries" / entry.path().filename());
  }
  for (const auto& entry : fs::directory_iterator(repo / "dictionaries" / "romanization")) {
    if (entry.path().filename() != "name_conventions.tsv")
      fs::create_symlink(entry.path(), data / "dictionaries" / "romanization" / entry.path().filename());
  }
  const fs::path table = data / "dictionaries" / "romanization" / "name_conventions.tsv";
  writeFile(table.string(), "# source target written undone where note\nfr\t*\tch\tsh\teverywhere\tBachar\n");
  ::setenv("CONCORD_NO_SOURCE_DATA", "1", 1);
  ::setenv("CONCORD_DATA_DIR", data.c_str(), 1);
  const std::string fixture = "tests/rules/transliteration/romanization/fires_fr_source_arabic_names/";
  const auto r =
      runConcord({"check", repoPath(fixture + "source.fr.txt"), repoPath(fixture + "target.en.txt")});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("name_conventions.tsv:2: unknown position 'everywhere'"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  fs::remove_all(data);
}

}  // namespace
}  // namespace concord::testing
