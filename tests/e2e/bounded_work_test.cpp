// Work and memory stay bounded whatever the input: an endless standard input, a pair past its --timeout.
#include <chrono>
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

// Issue 29: the deadline used to be checked only once a side had been read, segmented and aligned whole, so
// a 60 s timeout took 106 s on a huge input. The readers', the segmenter's and the aligner's loops now poll
// it: the pair stops while the huge source is still being read, before its sentences and tokens exist.
TEST(BoundedWork, AHugeSideStopsAtItsTimeoutWhileItIsRead) {
  const std::string dir = makeTempDir();
  const std::string source = dir + "/huge.fr.txt";
  const std::string paragraph = readFile(kSource) + "\n\n";
  std::string text;
  while (text.size() < 16u * 1024 * 1024) text += paragraph;
  writeFile(source, text);
  const auto started = std::chrono::steady_clock::now();
  const auto r = runConcord({"check", source, kTarget, "--timeout", "0.2", "-q"});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_EQ(r.err, "concord: error: " + kTarget + ": not checked: the pair with " + source +
                       " took longer than --timeout 0.2 s\n");
  // Stopped inside the reading (language detection) or the segmentation of the source: 46 MB here. Before,
  // the whole source was segmented first: 156 MB and 4.5 s, whatever the timeout.
  EXPECT_LT(r.max_rss_kib, 100 * 1024) << r.max_rss_kib << " KiB";
  // Loose on purpose (a loaded CI machine): the memory above says where it stopped; this, that it did not
  // run on for the whole input many times over.
  EXPECT_LT(seconds, 30.0);
  std::filesystem::remove_all(dir);
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

TEST(BoundedWork, AFindingOnAVeryLongLineShowsTheTextAroundIt) {
  const std::string dir = makeTempDir();
  std::string line;
  for (int i = 0; i < 400; ++i) line += "The mayor spoke to the council about the budget. ";
  line += "The goverment announced new aid. ";
  for (int i = 0; i < 400; ++i) line += "The council met again on Monday. ";
  writeFile(dir + "/story.de.txt", "Die Regierung kündigte am Montag neue Hilfen an.\n");
  writeFile(dir + "/story.en.txt", line + "\n");
  const auto r = runConcord({"check", dir + "/story.de.txt", dir + "/story.en.txt", "--rules",
                             "spelling/hunspell", "--no-language-check"});
  const auto at = r.out.find("\n  …");
  ASSERT_NE(at, std::string::npos) << r.out.substr(0, 2000);
  const std::string excerpt = r.out.substr(at + 1, r.out.find('\n', at + 1) - at - 1);
  // 500 characters either side of the word, cut marks at both ends: not the 33,000-character line.
  EXPECT_LT(excerpt.size(), 1100u);
  EXPECT_TRUE(excerpt.ends_with("…")) << excerpt;
  const std::string caret = r.out.substr(at + 2 + excerpt.size(),
                                         r.out.find('\n', at + 2 + excerpt.size()) - at - 2 - excerpt.size());
  EXPECT_EQ(caret.find('^'), excerpt.find("goverment") - std::string("…").size() + 1) << caret;
  std::filesystem::remove_all(dir);
}

// Memory, not time: the word-based re-alignment of the omission and addition rules kept a score for every
// pair of sentences (9 bytes × 6,000 × 6,000 here), although only a band around the diagonal is reached.
TEST(BoundedWork, ManyShortParagraphsNeedMemoryInProportion) {
  const std::string dir = makeTempDir();
  std::string source, target;
  for (int i = 0; i < 6000; ++i) {
    source += "Le maire a parlé " + std::to_string(i) + " fois.\n\n";
    target += "The mayor spoke " + std::to_string(i) + " times.\n\n";
  }
  writeFile(dir + "/many.fr.txt", source);
  writeFile(dir + "/many.en.txt", target);
  const auto r = runConcord({"check", dir + "/many.fr.txt", dir + "/many.en.txt", "--rules",
                             "omission,addition", "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_LT(r.max_rss_kib, 200 * 1024) << r.max_rss_kib << " KiB";
  std::filesystem::remove_all(dir);
}

TEST(BoundedWork, ATargetOverTheLimitIsRefusedBeforeTheSourceIsRead) {
  const std::string dir = makeTempDir();
  const std::string source = dir + "/long.fr.txt", target = dir + "/over.en.txt";
  std::string text;
  while (text.size() < 8u * 1024 * 1024) text += "Le maire a parlé devant le conseil municipal.\n\n";
  writeFile(source, text);
  writeFile(target, "x");
  std::filesystem::resize_file(target, 64ull * 1024 * 1024 + 1);  // sparse: one byte over, no disk
  const auto r = runConcord({"check", source, target, "--source-lang", "fr", "--target-lang", "en"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  // One byte over: the MiB alone (64 and 64) would not say why.
  EXPECT_EQ(r.err, "concord: error: " + target +
                       ": file is 64 MiB (67108865 bytes); Concord reads articles of at most 64 MiB "
                       "(67108864 bytes)\n");
  // Refused before the 8 MiB source is read and segmented: 14 MB; the old binary read it first (87 MB, 1.6
  // s).
  EXPECT_LT(r.max_rss_kib, 48 * 1024) << r.max_rss_kib << " KiB";
}

TEST(BoundedWork, TimeoutMustBePositive) {
  const auto r = runConcord({"check", kSource, kTarget, "--timeout", "-3"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--timeout"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace concord::testing
