// The on-disk lexicon cache: read back exactly, and never when it belongs to other dictionaries or is torn.
#include "aligners/lexicon_cache.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

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

TEST(LexiconCache, ReadsBackWhatWasWritten) {
  const auto file = scratch("round-trip.bin");
  ASSERT_TRUE(writeLexiconCache(sample(), file, "dicts-v1"));
  const auto read = readLexiconCache(file, "dicts-v1");
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->size(), 2u);
  EXPECT_EQ(read->translations(lexiconKey("Bürgermeister")),
            (std::vector<std::string>{"mayor", "burgomaster"}));
  EXPECT_EQ(read->translations("berg"), (std::vector<std::string>{"mountain"}));
  EXPECT_TRUE(read->hasTargetWord("mountain"));
  EXPECT_EQ(read->sources(), (std::vector<std::string>{"freedict-deu-eng"}));
}

TEST(LexiconCache, OtherDictionariesTornOrForeignFilesAreNotRead) {
  const auto file = scratch("stale.bin");
  ASSERT_TRUE(writeLexiconCache(sample(), file, "dicts-v1"));
  EXPECT_FALSE(readLexiconCache(file, "dicts-v2").has_value());  // the dictionaries changed since

  const auto size = std::filesystem::file_size(file);
  std::filesystem::resize_file(file, size - 7);  // a run killed while writing (without the rename)
  EXPECT_FALSE(readLexiconCache(file, "dicts-v1").has_value());

  // A header that claims four billion entries: read as torn, without reserving memory for them.
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << "CONCORD-LEXICON 1\ndicts-v1\n";
    const std::uint32_t none = 0, huge = 0xFFFFFFFFu;
    out.write(reinterpret_cast<const char*>(&none), sizeof none);
    out.write(reinterpret_cast<const char*>(&huge), sizeof huge);
  }
  EXPECT_FALSE(readLexiconCache(file, "dicts-v1").has_value());

  std::ofstream(file, std::ios::trunc) << "not a cache at all";
  EXPECT_FALSE(readLexiconCache(file, "dicts-v1").has_value());
  EXPECT_FALSE(readLexiconCache(scratch("missing.bin"), "dicts-v1").has_value());
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

TEST(LexiconCache, UnwritableDirectoryIsNotAnError) {
  EXPECT_FALSE(writeLexiconCache(sample(), "/proc/concord-no-such-dir/lexicon.bin", "dicts-v1"));
}

}  // namespace
}  // namespace concord::aligners
