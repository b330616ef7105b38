// `concord cache build`: the word tables built ahead of time, and bad requests refused with exit 2.
#include <cstdlib>
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
