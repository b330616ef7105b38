// `concord cache build`: the word tables built ahead of time, and bad requests refused with exit 2.
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

TEST(CacheBuild, BuildsOrFindsThePairsTableAndSaysWhere) {
  const auto r = runConcord({"cache", "build", "fr:en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Without FreeDict (a bare machine) the command says so instead of failing.
  if (r.out.find("no FreeDict dictionary") != std::string::npos) GTEST_SKIP() << r.out;
  EXPECT_EQ(r.out.rfind("fr:en: ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find(" entries, mapped from "), std::string::npos) << r.out;
}

// An environment variable set for one test and restored after it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    const char* saved = std::getenv(name);
    if (saved) saved_ = saved;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (saved_)
      setenv(name_, saved_->c_str(), 1);
    else
      unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> saved_;
};

// A two-entry French–English FreeDict dictionary: the build takes milliseconds, and its standard error is a
// pipe here, not a terminal, as in an install script or a CI job.
TEST(CacheBuild, PrintsEachStageWithoutATerminalAndRemovesTheCacheItReplaced) {
  const std::string dicts = makeTempDir(), cache = makeTempDir();
  // dictd's index: headword, offset and length in its base-64 digits (A = 0, K = 10, N = 13).
  writeFile(dicts + "/freedict-fra-eng.index", "maison\tA\tN\nchien\tN\tK\n");
  writeFile(dicts + "/freedict-fra-eng.dict.dz", "maison\nhouse\nchien\ndog\n");  // zlib reads plain text too
  writeFile(cache + "/lexicon-fra-eng.bin", "the parsed cache of an earlier version");
  const ScopedEnv dictd_dir("CONCORD_DICTD_DIR", dicts), cache_dir("CONCORD_CACHE_DIR", cache);

  const auto built = runConcord({"cache", "build", "fr:en"});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  EXPECT_EQ(built.out, "fr:en: 2 entries, mapped from " + cache + "\n");
  EXPECT_NE(built.err.find("concord: fra-eng: reading 1 FreeDict dictionary\n"), std::string::npos)
      << built.err;
  EXPECT_NE(built.err.find("concord: fra-eng: writing 2 entries\n"), std::string::npos) << built.err;
  EXPECT_NE(built.err.find("concord: removed " + cache + "/lexicon-fra-eng.bin"), std::string::npos)
      << built.err;
  EXPECT_FALSE(std::filesystem::exists(cache + "/lexicon-fra-eng.bin"));
  EXPECT_TRUE(std::filesystem::exists(cache + "/lexicon-fra-eng.map"));

  // Current now: nothing to build, nothing to say on standard error.
  const auto again = runConcord({"cache", "build", "fr:en"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, built.out);
  EXPECT_EQ(again.err, "");
}

TEST(CacheBuild, MalformedPairOrNoCacheDirectoryIsExitTwo) {
  const auto bad = runConcord({"cache", "build", "fren"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("'fren' is not SOURCE:TARGET"), std::string::npos) << bad.err;
  EXPECT_EQ(bad.err.find('\n'), bad.err.size() - 1) << "one line: " << bad.err;

  const char* saved = std::getenv("CONCORD_CACHE_DIR");
  const std::string restore = saved ? saved : "";
  setenv("CONCORD_CACHE_DIR", "off", 1);
  const auto off = runConcord({"cache", "build", "fr:en"});
  if (saved)
    setenv("CONCORD_CACHE_DIR", restore.c_str(), 1);
  else
    unsetenv("CONCORD_CACHE_DIR");
  EXPECT_EQ(off.exit_code, 2);
  EXPECT_NE(off.err.find("no cache directory"), std::string::npos) << off.err;
}

}  // namespace
}  // namespace concord::testing
