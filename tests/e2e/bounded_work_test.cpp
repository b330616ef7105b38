// Work and memory stay bounded whatever the input: an endless standard input, a pair past its --timeout.
#include <filesystem>

#include <gtest/gtest.h>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

const std::string kSource = repoPath("corpora/belgorod/source.fr.txt");
const std::string kTarget = repoPath("corpora/belgorod/target.en.txt");

TEST(BoundedWork, EndlessStandardInputIsRefusedAtTheArticleLimit) {
  const auto r = runConcordWithStdinFrom("/dev/zero", {"check", kSource, "--stdin", "--target-lang", "en"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err,
            "concord: error: -: input is larger than 64 MiB, the most Concord reads for one article\n");
  // 64 MiB read, plus the program itself: far from the gigabytes reading to the end would take.
  EXPECT_LT(r.max_rss_kib, 256 * 1024) << r.max_rss_kib << " KiB";
}

TEST(BoundedWork, APairPastItsTimeoutFailsWithOneLineNamingIt) {
  const auto r = runConcord({"check", kSource, kTarget, "--timeout", "0.001"});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_EQ(r.err, "concord: error: " + kTarget + ": not checked: the pair with " + kSource +
                       " took longer than --timeout 0.001 s\n");
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(BoundedWork, AGenerousTimeoutChangesNothing) {
  const auto with = runConcord({"check", kSource, kTarget, "--format", "json", "--timeout", "600"});
  const auto without = runConcord({"check", kSource, kTarget, "--format", "json"});
  EXPECT_EQ(with.exit_code, 1) << with.err;
  EXPECT_EQ(with.out, without.out);
}

TEST(BoundedWork, ABatchGoesOnPastAPairThatTimesOut) {
  const std::string dir = makeTempDir();
  for (const char* slug : {"a", "b"}) {
    std::filesystem::copy_file(kSource, dir + "/" + slug + ".fr.txt");
    std::filesystem::copy_file(kTarget, dir + "/" + slug + ".en.txt");
  }
  const auto r = runConcord({"check", dir, "-j", "1", "--timeout", "0.001", "--format", "jsonl",
                             "--source-lang", "fr", "--target-lang", "en"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  // Both pairs were tried, each failed on its own: the first failure did not stop the batch.
  for (const char* slug : {"a", "b"}) {
    const std::string target = dir + "/" + std::string(slug) + ".en.txt";
    EXPECT_NE(r.out.find(target + ": not checked: the pair with " + dir + "/" + slug +
                         ".fr.txt took longer than --timeout 0.001 s"),
              std::string::npos)
        << r.out;
  }
  std::filesystem::remove_all(dir);
}

TEST(BoundedWork, TimeoutMustBePositive) {
  const auto r = runConcord({"check", kSource, kTarget, "--timeout", "-3"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--timeout"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace concord::testing
