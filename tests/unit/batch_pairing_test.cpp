// Pairing a folder into article pairs (checker/batch), and the date each pair is filed under.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>

#include <gtest/gtest.h>
#include <unistd.h>

#include "checker/batch/batch.h"
#include "checker/model/error.h"
#include "checker/reading/article_date.h"

namespace concord {
namespace {

class BatchPairingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("concord-pairs-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void touch(const std::string& relative) {
    std::filesystem::create_directories((dir_ / relative).parent_path());
    std::ofstream(dir_ / relative) << "x\n";
  }
  std::string path(const std::string& relative) const { return (dir_ / relative).string(); }
  std::filesystem::path dir_;
};

TEST_F(BatchPairingTest, CorpusFoldersPairWithoutLanguageFlags) {
  touch("belgorod/source.fr.txt");
  touch("belgorod/target.en.txt");
  touch("belgorod/expected.tsv");
  touch("quake/source.ru.txt");
  touch("quake/target.es.txt");
  const auto pairs = discoverPairs({dir_.string()}, "", "");
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].source.path, path("belgorod/source.fr.txt"));
  EXPECT_EQ(pairs[0].target.path, path("belgorod/target.en.txt"));
  EXPECT_EQ(pairs[0].source.lang, "");  // from the file name when checked
  EXPECT_TRUE(pairs[0].error.empty());
  EXPECT_EQ(pairs[1].target.path, path("quake/target.es.txt"));
}

TEST_F(BatchPairingTest, CorpusFoldersAndSlugsMix) {
  touch("belgorod/source.fr.txt");
  touch("belgorod/target.en.txt");
  touch("wires/kharkiv.fr.txt");
  touch("wires/kharkiv.en.txt");
  EXPECT_THROW(discoverPairs({dir_.string()}, "", ""), UserError);  // slugs need the languages
  const auto pairs = discoverPairs({dir_.string()}, "fr", "en");
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].target.path, path("belgorod/target.en.txt"));
  EXPECT_EQ(pairs[1].target.path, path("wires/kharkiv.en.txt"));
  EXPECT_TRUE(pairs[1].error.empty());
}

// A broken folder is one failed pair, never the end of the batch ("internal error: filesystem error" before).
TEST_F(BatchPairingTest, AFolderWithoutItsTargetOrWithALinkLoopIsAFailedPairAndTheRestIsPaired) {
  touch("good/source.fr.txt");
  touch("good/target.en.txt");
  touch("no-target/source.fr.txt");
  touch("no-source/target.en.txt");
  std::filesystem::create_directories(dir_ / "looped");
  std::filesystem::create_symlink("b.en.txt", dir_ / "looped" / "a.en.txt");
  std::filesystem::create_symlink("a.en.txt", dir_ / "looped" / "b.en.txt");
  std::filesystem::create_symlink("nowhere.en.txt", dir_ / "looped" / "dangling.en.txt");
  const auto pairs = discoverPairs({dir_.string()}, "", "en");
  ASSERT_EQ(pairs.size(), 6u);
  std::map<std::string, std::string>
      errors;  // the file a pair is about (its error starts with it) → its error
  for (const auto& pair : pairs)
    errors[pair.error.empty() ? pair.target.path : pair.error.substr(0, pair.error.find(": "))] = pair.error;
  EXPECT_EQ(errors[path("good/target.en.txt")], "");
  EXPECT_EQ(errors[path("no-target/source.fr.txt")], path("no-target/source.fr.txt") +
                                                         ": no translation found (expected " +
                                                         path("no-target/target.en.txt") + ")");
  EXPECT_EQ(errors[path("no-source/target.en.txt")], path("no-source/target.en.txt") +
                                                         ": no source found (expected " +
                                                         path("no-source/source.<lang>.txt") + ")");
  EXPECT_EQ(errors[path("looped/a.en.txt")],
            path("looped/a.en.txt") + ": cannot follow the symbolic link: Too many levels of symbolic links");
  EXPECT_EQ(
      errors[path("looped/dangling.en.txt")].rfind(path("looped/dangling.en.txt") + ": cannot follow", 0),
      0u);
}

TEST(ArticleDate, FindsTheDateInTheNameThenInTheNearestFolder) {
  EXPECT_EQ(dateInPath("wires/2026-03-14-belgorod.en.txt"), "2026-03-14");
  EXPECT_EQ(dateInPath("wires/2026-03-14/belgorod.en.txt"), "2026-03-14");
  EXPECT_EQ(dateInPath("2025-01-01/2026-03-14/x.en.txt"), "2026-03-14");
  EXPECT_EQ(dateInPath("belgorod_2026-03-14.en.txt"), "2026-03-14");
  EXPECT_EQ(dateInPath("wires/belgorod.en.txt"), std::nullopt);
  EXPECT_EQ(dateInPath("id-12026-03-14.en.txt"), std::nullopt);  // digits glued on
  EXPECT_EQ(dateInPath("2026-13-40-x.en.txt"), std::nullopt);    // not a date
  EXPECT_EQ(dateInPath("2026-02-30-x.en.txt"), std::nullopt);
}

TEST_F(BatchPairingTest, APairIsDatedByItsPathElseTheTargetFileDay) {
  touch("2026-03-14/a.en.txt");
  touch("b.en.txt");
  const std::chrono::sys_seconds noon =
      std::chrono::sys_days{std::chrono::year{2025} / std::chrono::May / 6} + std::chrono::hours{12};
  std::filesystem::last_write_time(path("b.en.txt"), std::chrono::file_clock::from_sys(noon));
  PairSpec dated{{"a.fr.txt", std::nullopt, ""}, {path("2026-03-14/a.en.txt"), std::nullopt, ""}, ""};
  EXPECT_EQ(pairDate(dated), "2026-03-14");
  PairSpec by_mtime{{"b.fr.txt", std::nullopt, ""}, {path("b.en.txt"), std::nullopt, ""}, ""};
  EXPECT_EQ(pairDate(by_mtime), "2025-05-06");
  PairSpec inline_text{{"b.fr.txt", std::nullopt, ""}, {path("b.en.txt"), std::string("text"), ""}, ""};
  EXPECT_EQ(pairDate(inline_text), std::nullopt);  // not read from the file: its day means nothing
}

TEST_F(BatchPairingTest, FindSourceOfOneTargetBySlug) {
  touch("desk/story.fr.md");
  touch("desk/story.en.md");
  touch("desk/other.de.md");
  EXPECT_EQ(findSourceOf(path("desk/story.en.md"), ""), path("desk/story.fr.md"));
  EXPECT_EQ(findSourceOf(path("desk/story.en.md"), "fr"), path("desk/story.fr.md"));
  EXPECT_EQ(findSourceOf(path("desk/story.en.md"), "de"), std::nullopt);  // no story.de.md
  touch("desk/story.de.md");
  EXPECT_EQ(findSourceOf(path("desk/story.en.md"), ""),
            std::nullopt);  // two candidates: ask for the language
  EXPECT_EQ(findSourceOf(path("desk/story.en.md"), "de"), path("desk/story.de.md"));
}

TEST_F(BatchPairingTest, FindSourceOfOneTargetInCorpusAndTreeLayouts) {
  touch("belgorod/source.fr.txt");
  touch("belgorod/target.en.txt");
  touch("tree/source/2024/quake.ru.txt");
  touch("tree/target/2024/quake.es.txt");
  EXPECT_EQ(findSourceOf(path("belgorod/target.en.txt"), ""), path("belgorod/source.fr.txt"));
  EXPECT_EQ(findSourceOf(path("tree/target/2024/quake.es.txt"), ""), path("tree/source/2024/quake.ru.txt"));
  EXPECT_EQ(findSourceOf(path("belgorod/source.fr.txt"), ""), std::nullopt);  // a source is nobody's target
  EXPECT_EQ(findSourceOf(path("nowhere/story.en.txt"), ""), std::nullopt);
}

}  // namespace
}  // namespace concord
