// Work and memory stay bounded whatever the input: an endless standard input.
#include <gtest/gtest.h>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

const std::string kSource = repoPath("corpora/belgorod/source.fr.txt");

TEST(BoundedWork, EndlessStandardInputIsRefusedAtTheArticleLimit) {
  const auto r = runConcordWithStdinFrom("/dev/zero", {"check", kSource, "--stdin", "--target-lang", "en"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err,
            "concord: error: -: input is larger than 64 MiB, the most Concord reads for one article\n");
  // 64 MiB read, plus the program itself: far from the gigabytes reading to the end would take.
  EXPECT_LT(r.max_rss_kib, 256 * 1024) << r.max_rss_kib << " KiB";
}

}  // namespace
}  // namespace concord::testing
