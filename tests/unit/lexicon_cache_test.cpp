// The mapped lexicon table: the same answers as the lexicon it was built from, and never opened when it
// belongs to other dictionaries, is torn or corrupt; builders in parallel leave one whole table.
#include "aligners/lexicon_cache.h"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace concord::aligners {
namespace {

std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("concord-lexicon-cache-test-" +
                    std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
  std::filesystem::create_directories(dir);
  return dir / name;
}

Lexicon sample() {
  Lexicon lexicon;
  lexicon.add("Bürgermeister", "mayor");
  lexicon.add("Bürgermeister", "burgomaster");
  lexicon.add("Berg", "mountain");
  lexicon.addSourceName("freedict-deu-eng");
  return lexicon;
}

TEST(LexiconTable, ReopensWhatWasWritten) {
  const auto file = scratch("round-trip.map");
  ASSERT_TRUE(writeLexiconTable(sample(), file, "dicts-v1"));
  const auto table = openLexiconTable(file, "dicts-v1");
  ASSERT_NE(table, nullptr);
  const Lexicon read(table);
  EXPECT_TRUE(read.mapped());
  EXPECT_EQ(read.size(), 2u);
  EXPECT_EQ(read.translations(lexiconKey("Bürgermeister")),
            (std::vector<std::string>{"mayor", "burgomaster"}));
  EXPECT_EQ(read.translations("berg"), (std::vector<std::string>{"mountain"}));
  EXPECT_EQ(read.inflectedTranslations("berges", 2), (std::vector<std::string>{"mountain"}));
  EXPECT_TRUE(read.translations("mountain").empty());
  EXPECT_TRUE(read.translations("").empty());
  EXPECT_TRUE(read.hasTargetWord("mountain"));
  EXPECT_TRUE(read.hasTargetWord("burgomaster"));
  EXPECT_FALSE(read.hasTargetWord("berg"));
  EXPECT_EQ(read.sources(), (std::vector<std::string>{"freedict-deu-eng"}));
}

// Every answer of the mapped table is the in-memory lexicon's, for a lexicon big enough that the tries and
// filters are not trivial (and with a key that is a prefix of another).
TEST(LexiconTable, AnswersAsTheLexiconItWasBuiltFrom) {
  Lexicon built;
  for (int k = 0; k < 3000; ++k)
    for (int t = 0; t <= k % 4; ++t)
      built.add("wort" + std::to_string(k), "word" + std::to_string(k * 7 + t));
  built.add("wort1", "wort1");
  const auto file = scratch("big.map");
  ASSERT_TRUE(writeLexiconTable(built, file, "dicts-v1"));
  const Lexicon mapped(openLexiconTable(file, "dicts-v1"));
  ASSERT_TRUE(mapped.mapped());
  EXPECT_EQ(mapped.size(), built.size());
  for (int k = 0; k < 3100; ++k) {
    const std::string source = "wort" + std::to_string(k), target = "word" + std::to_string(k);
    const auto expected = built.translations(source);
    EXPECT_EQ(mapped.translations(source), std::vector<std::string>(expected.begin(), expected.end()))
        << source;
    EXPECT_EQ(mapped.hasTargetWord(target), built.hasTargetWord(target)) << target;
  }
}

TEST(LexiconTable, StaleTornOrCorruptFilesAreNotOpened) {
  const auto file = scratch("stale.map");
  ASSERT_TRUE(writeLexiconTable(sample(), file, "dicts-v1"));
  EXPECT_EQ(openLexiconTable(file, "dicts-v2"), nullptr);  // the dictionaries changed since
  EXPECT_EQ(openLexiconTable(file, "dicts-v"), nullptr);

  const auto whole = std::filesystem::file_size(file);
  std::string bytes(whole, '\0');
  std::ifstream(file, std::ios::binary).read(bytes.data(), static_cast<std::streamsize>(whole));
  auto written = [&](const std::string& content) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << content;
    return file;
  };
  // Cut short anywhere (a copy or a disk that failed, not a builder: builders rename whole files).
  for (std::size_t size : {std::size_t{0}, std::size_t{7}, std::size_t{48}, whole / 2, whole - 8})
    EXPECT_EQ(openLexiconTable(written(bytes.substr(0, size)), "dicts-v1"), nullptr) << size;
  // One flipped byte after the header, at 42 places through every section: caught by the checksum before any
  // trie is mapped.
  for (std::size_t at = 48; at < whole; at += whole / 41 + 1) {
    std::string corrupt = bytes;
    corrupt[at] = static_cast<char>(corrupt[at] ^ 0x5A);
    EXPECT_EQ(openLexiconTable(written(corrupt), "dicts-v1"), nullptr) << at;
  }
  std::string other_version = bytes;
  other_version[16] = static_cast<char>(other_version[16] + 1);
  EXPECT_EQ(openLexiconTable(written(other_version), "dicts-v1"), nullptr);
  EXPECT_EQ(openLexiconTable(written(std::string(whole, 'x')), "dicts-v1"), nullptr);
  EXPECT_EQ(openLexiconTable(scratch("missing.map"), "dicts-v1"), nullptr);
  EXPECT_NE(openLexiconTable(written(bytes), "dicts-v1"), nullptr);  // and the intact bytes open again
}

// Builders in parallel (a batch's first processes on a fresh machine) each rename a whole file of their own
// over the table: a reader opens an old or a new table, never a mixture, and no temporary file stays behind.
TEST(LexiconTable, ConcurrentBuildersLeaveOneWholeTable) {
  const auto file = scratch("shared.map");
  std::atomic<int> opened{0}, written{0};
  std::vector<std::thread> threads;
  for (int k = 0; k < 6; ++k)
    threads.emplace_back([&] {
      for (int round = 0; round < 5; ++round) {
        if (writeLexiconTable(sample(), file, "dicts-v1")) ++written;
        if (const auto table = openLexiconTable(file, "dicts-v1"); table && Lexicon(table).size() == 2)
          ++opened;
      }
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(written.load(), 30);
  EXPECT_EQ(opened.load(), 30);
  for (const auto& entry : std::filesystem::directory_iterator(file.parent_path()))
    EXPECT_EQ(entry.path().filename().string().find(".tmp."), std::string::npos) << entry.path();
}

// The table outlives the mapping's other owners: a lexicon read from it stays valid after the file is
// replaced or removed (the mapping holds the old file's pages).
TEST(LexiconTable, ReplacedFileLeavesOpenTablesValid) {
  const auto file = scratch("replaced.map");
  ASSERT_TRUE(writeLexiconTable(sample(), file, "dicts-v1"));
  const Lexicon before(openLexiconTable(file, "dicts-v1"));
  Lexicon other;
  other.add("Haus", "house");
  ASSERT_TRUE(writeLexiconTable(other, file, "dicts-v1"));
  std::filesystem::remove(file);
  EXPECT_EQ(before.translations("berg"), (std::vector<std::string>{"mountain"}));
}

TEST(LexiconCache, FingerprintFollowsTheDictionaryFiles) {
  const auto dict = scratch("freedict-xxx-yyy.index");
  std::ofstream(dict, std::ios::trunc) << "word\tA\tB\n";
  const std::string before = dictdFingerprint({dict});
  std::ofstream(dict, std::ios::app) << "other\tB\tB\n";  // a package update changes size (and time)
  EXPECT_NE(dictdFingerprint({dict}), before);
  EXPECT_EQ(dictdFingerprint({dict}), dictdFingerprint({dict}));
}

TEST(LexiconCache, DirectoryComesFromTheEnvironment) {
  const char* saved = std::getenv("CONCORD_CACHE_DIR");
  const std::string restore = saved ? saved : "";
  setenv("CONCORD_CACHE_DIR", "/tmp/somewhere", 1);
  EXPECT_EQ(concordCacheDir(), std::filesystem::path("/tmp/somewhere"));
  setenv("CONCORD_CACHE_DIR", "off", 1);
  EXPECT_FALSE(concordCacheDir().has_value());
  if (saved)
    setenv("CONCORD_CACHE_DIR", restore.c_str(), 1);
  else
    unsetenv("CONCORD_CACHE_DIR");
}

TEST(LexiconTable, UnwritableDirectoryIsNotAnError) {
  EXPECT_FALSE(writeLexiconTable(sample(), "/proc/concord-no-such-dir/lexicon.map", "dicts-v1"));
}

}  // namespace
}  // namespace concord::aligners
