// The dictd reader (base-64 index numbers, dictzip data) and the lexicon built from it.
#include "aligners/lexicon.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <zlib.h>

#include "aligners/dictd_reader.h"
#include "checker/model/error.h"

namespace concord::aligners {
namespace {

std::string b64(std::size_t value) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string digits;
  do {
    digits.insert(digits.begin(), kAlphabet[value % 64]);
    value /= 64;
  } while (value > 0);
  return digits;
}

// Writes NAME.index and a gzip NAME.dict.dz (dictzip is gzip) holding `entries` (headword, entry text).
std::filesystem::path writeDictd(const std::string& name,
                                 const std::vector<std::pair<std::string, std::string>>& entries,
                                 const std::string& bad_index_line = "") {
  // A directory per test: ctest runs tests in parallel, and two of them write a freedict-fra-eng.
  const auto dir = std::filesystem::temp_directory_path() /
                   ("concord-lexicon-test-" +
                    std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
  std::filesystem::create_directories(dir);
  std::string text = "00-database-info\nmetadata\n", index = "00databaseinfo\tA\t" + b64(text.size()) + "\n";
  for (const auto& [head, entry] : entries) {
    index += head + "\t" + b64(text.size()) + "\t" + b64(entry.size()) + "\n";
    text += entry;
  }
  index += bad_index_line;
  std::ofstream(dir / (name + ".index")) << index;
  gzFile gz = gzopen((dir / (name + ".dict.dz")).c_str(), "wb");
  gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
  gzclose(gz);
  return dir / name;
}

TEST(DictdReader, IndexNumbersAreBase64MostSignificantFirst) {
  EXPECT_EQ(dictdNumber("A"), 0);
  EXPECT_EQ(dictdNumber("B"), 1);
  EXPECT_EQ(dictdNumber("/"), 63);
  EXPECT_EQ(dictdNumber("BA"), 64);
  EXPECT_EQ(dictdNumber("C1"), 2 * 64 + 53);
  EXPECT_EQ(dictdNumber("a-"), -1);
}

TEST(DictdReader, ReadsEntriesThroughTheIndexAndSkipsMetadata) {
  const auto base = writeDictd("freedict-fra-eng", {{"maison", "maison /mɛzɔ̃/ <n, fem>\nhouse, home\n"},
                                                    {"aller", "aller /ale/ <v>\nto go 2.\n"}});
  std::vector<std::string> heads;
  readDictd(base.string() + ".index", base.string() + ".dict.dz",
            [&](std::string_view head, std::string_view entry) {
              heads.emplace_back(head);
              EXPECT_TRUE(entry.starts_with(head));
            });
  EXPECT_EQ(heads, (std::vector<std::string>{"maison", "aller"}));
}

TEST(DictdReader, BadIndexLineNamesFileAndLine) {
  const auto base = writeDictd("freedict-bad-eng", {{"maison", "maison\nhouse\n"}}, "broken line\n");
  try {
    readDictd(base.string() + ".index", base.string() + ".dict.dz",
              [](std::string_view, std::string_view) {});
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("freedict-bad-eng.index:3:"), std::string::npos) << e.what();
  }
}

// The cache reader adds an entry's translations at once: the lexicon must be the one addKeys builds one by
// one, duplicates dropped and a key seen twice merged in order.
TEST(Lexicon, AddEntryBuildsWhatAddKeysBuilds) {
  Lexicon by_entry, by_key;
  by_entry.addEntry("berg", {"mountain", "hill", "mountain"});
  by_entry.addEntry("berg", {"peak", "hill"});
  by_entry.addEntry("tal", {"valley"});
  for (const char* target : {"mountain", "hill", "mountain", "peak", "hill"}) by_key.addKeys("berg", target);
  by_key.addKeys("tal", "valley");
  EXPECT_EQ(by_entry.size(), by_key.size());
  for (const char* source : {"berg", "tal", "see"})
    EXPECT_EQ(by_entry.translations(source), by_key.translations(source)) << source;
  for (const char* target : {"mountain", "hill", "peak", "valley", "lake"})
    EXPECT_EQ(by_entry.hasTargetWord(target), by_key.hasTargetWord(target)) << target;
}

TEST(Lexicon, KeepsSingleWordTranslationsBothWays) {
  EXPECT_EQ(dictdTranslations("Amerikaner /x/ <n, masc>\nAmericain 2.\nein Bewohner\n"),
            (std::vector<std::string>{"Americain"}));
  EXPECT_EQ(dictdTranslations("aller\nto go, (fam.) leave; go away\n"),
            (std::vector<std::string>{"go", "leave"}));
  // deu-eng: a grammar tag with an abbreviation glued on, and IPA that is no translation.
  EXPECT_EQ(dictdTranslations("Donnerstag /dˈɔnɜstˌɑːk/ <masc, n, sg>\nThursday <n>Thu,  /tˈuː/\n"),
            (std::vector<std::string>{"Thursday", "Thu"}));
  // deu-rus: sense numbers inside the line.
  EXPECT_EQ(dictdTranslations("Gericht /ɡəˈʁɪçt/ <n, neut>\n1. суд 2. блюдо\nOrt zur Entscheidung\n"),
            (std::vector<std::string>{"суд", "блюдо"}));
  const auto forward = writeDictd("freedict-fra-eng", {{"maison", "maison /mɛzɔ̃/ <n, fem>\nhouse, home\n"}});
  const auto backward = writeDictd("freedict-eng-fra", {{"mountain", "mountain <n>\nmontagne\n"}});
  Lexicon lexicon;
  lexicon.addDictd(forward.string() + ".index", forward.string() + ".dict.dz", false);
  lexicon.addDictd(backward.string() + ".index", backward.string() + ".dict.dz", true);
  EXPECT_EQ(lexicon.translations("maison"), (std::vector<std::string>{"house", "home"}));
  EXPECT_EQ(lexicon.translations("montagne"), (std::vector<std::string>{"mountain"}));
  EXPECT_TRUE(lexicon.translations("house").empty());
}

// The filter in front of the lexicon's maps may let an absent key through (the map then answers) but must
// never turn a present one away: a word it dropped would lose its anchor.
TEST(KeyFilter, NeverRejectsAnAddedKeyAndRejectsMostOthers) {
  KeyFilter filter;
  for (int k = 0; k < 50000; ++k) filter.add("word" + std::to_string(k));
  for (int k = 0; k < 50000; ++k) ASSERT_TRUE(filter.mayContain("word" + std::to_string(k))) << k;
  int passed = 0;
  for (int k = 0; k < 50000; ++k) passed += filter.mayContain("other" + std::to_string(k)) ? 1 : 0;
  EXPECT_LT(passed, 500);  // 50,000 keys in 2^21 bits, two probes: about 0.2 % pass
  Lexicon lexicon;
  lexicon.add("Berg", "montagne");
  EXPECT_TRUE(lexicon.hasTargetWord("montagne"));
  EXPECT_FALSE(lexicon.hasTargetWord("berg"));
  EXPECT_EQ(lexicon.inflectedTranslations("berges", 3), (std::vector<std::string>{"montagne"}));
}

TEST(Lexicon, PivotComposesTranslationsThroughTheMiddleLanguage) {
  Lexicon to_german, from_german, composed;
  to_german.add("rétablir", "wiederherstellen");
  to_german.add("rétablir", "restaurieren");
  to_german.add("maison", "Haus");
  from_german.add("wiederherstellen", "restore");
  from_german.add("restaurieren", "restore");
  from_german.add("restaurieren", "refurbish");
  composePivot(to_german, from_german, composed);
  EXPECT_EQ(composed.translations("retablir"), (std::vector<std::string>{"restore", "refurbish"}));
  EXPECT_TRUE(composed.translations("maison").empty());  // "Haus" has no English in this lexicon
  EXPECT_TRUE(composed.hasTargetWord("refurbish"));
}

TEST(Lexicon, PairWithoutItsOwnDictionaryIsReadThroughGerman) {
  // Italian–Dutch has no FreeDict of its own here; Italian–German and German–Dutch do.
  const auto it_de = writeDictd("freedict-ita-deu", {{"casa", "casa <n>\nHaus\n"}});
  writeDictd("freedict-nld-deu", {{"huis", "huis <n>\nHaus\n"}});
  const char* saved_dir = std::getenv("CONCORD_DICTD_DIR");
  const char* saved_cache = std::getenv("CONCORD_CACHE_DIR");
  const std::string restore_dir = saved_dir ? saved_dir : "", restore_cache = saved_cache ? saved_cache : "";
  setenv("CONCORD_DICTD_DIR", it_de.parent_path().c_str(), 1);
  setenv("CONCORD_CACHE_DIR", "off", 1);
  const Lexicon& lexicon = lexiconFor("it", "nl");
  saved_dir ? setenv("CONCORD_DICTD_DIR", restore_dir.c_str(), 1) : unsetenv("CONCORD_DICTD_DIR");
  saved_cache ? setenv("CONCORD_CACHE_DIR", restore_cache.c_str(), 1) : unsetenv("CONCORD_CACHE_DIR");
  EXPECT_EQ(lexicon.translations("casa"), (std::vector<std::string>{"huis"}));
  ASSERT_EQ(lexicon.sources().size(), 1u);
  EXPECT_EQ(lexicon.sources()[0], "(freedict-ita-deu → freedict-nld-deu)");
}

TEST(Lexicon, InstalledFreeDictIsFoundByLanguagePair) {
  if (!std::filesystem::exists("/usr/share/dictd/freedict-fra-eng.index"))
    GTEST_SKIP() << "dict-freedict-fra-eng";
  const Lexicon& lexicon = lexiconFor("fr", "en");
  EXPECT_GT(lexicon.size(), 5000u);
  const auto& house = lexicon.translations("maison");
  EXPECT_NE(std::find(house.begin(), house.end(), "house"), house.end());
}

}  // namespace
}  // namespace concord::aligners
