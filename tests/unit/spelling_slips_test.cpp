// One name written a letter off: which spelling is the slip.
#include "rules/consistency/spelling_slips.h"

#include <chrono>
#include <random>

#include <gtest/gtest.h>

#include "checker/model/letter_edits.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/name_key.h"

namespace concord::rules {
namespace {

TEST(SpellingSlips, TheSourceAndTheMajorityDecide) {
  const auto slips = spellingSlips({{"Tebboune", 2}, {"Teboune", 1}, {"Niamey", 1}, {"Niamay", 1}},
                                   {"Tebboune", "Niamey", "Alger"});
  ASSERT_EQ(slips.size(), 2u);
  EXPECT_EQ(slips.at("Teboune"), "Tebboune");
  EXPECT_EQ(slips.at("Niamay"), "Niamey");
}

TEST(SpellingSlips, TwoSpellingsTheSourceWritesAreTwoNames) {
  // Mohammed bin Salman and Mohamed Ould Ghazouani: both spellings are in the source.
  EXPECT_TRUE(spellingSlips({{"Mohammed", 2}, {"Mohamed", 2}}, {"Mohammed", "Mohamed"}).empty());
  // A short name is too likely another word (Maria, Marta): no slip under five letters.
  EXPECT_TRUE(spellingSlips({{"Sami", 2}, {"Sam", 1}}, {"Sami"}).empty());
  // The slipped spelling more frequent than the source's one: the translation chose it.
  EXPECT_TRUE(spellingSlips({{"Teboune", 3}, {"Tebboune", 1}}, {"Tebboune"}).empty());
}

TEST(SpellingSlips, TheSourceBacksItsNameRomanizedTheTargetsWay) {
  // An English source's Navalnaya is a German target's Nawalnaja: the slip is measured against that.
  const auto slips = spellingSlips({{"Nawalnaja", 3}, {"Nawalnja", 1}}, {"Navalnaya", "Berlin"});
  ASSERT_EQ(slips.size(), 1u);
  EXPECT_EQ(slips.at("Nawalnja"), "Nawalnaja");
  // Backed by its key only, a spelling says nothing against a word the source backs the same way: Ivano of
  // Iwano-Frankiwsk beside Ivan is no slip.
  EXPECT_TRUE(spellingSlips({{"Ivano", 1}, {"Iwan", 2}}, {"Iwano", "Ivan"}).empty());
}

// The definition: every spelling compared with every other, candidates in the order of the counts.
std::map<std::string, std::string> slipsComparingEveryPair(const std::map<std::string, std::size_t>& counts,
                                                           const std::set<std::string>& source_words) {
  std::set<std::string> source_keys;
  for (const std::string& word : source_words) source_keys.insert(nameKey(word));
  auto sourceBacks = [&](const std::string& spelling) {
    return source_words.count(spelling) > 0 || source_keys.count(nameKey(spelling)) > 0;
  };
  std::map<std::string, std::string> slips;
  for (const auto& [slipped, slipped_count] : counts) {
    const std::size_t length = codePointCount(slipped);
    if (length < 5 || source_words.count(slipped) > 0) continue;
    const std::size_t limit = length >= 8 ? 2 : 1;
    const std::string* best = nullptr;
    for (const auto& [intended, intended_count] : counts) {
      if (intended == slipped || intended_count < slipped_count || !sourceBacks(intended)) continue;
      if (source_words.count(intended) == 0 && source_keys.count(nameKey(slipped)) > 0) continue;
      if (letterEdits(slipped, intended, limit) > limit) continue;
      if (best != nullptr && counts.at(*best) == intended_count) {
        best = nullptr;
        break;
      }
      if (best == nullptr || counts.at(*best) < intended_count) best = &intended;
    }
    if (best != nullptr) slips.emplace(slipped, *best);
  }
  return slips;
}

// Spellings from a few letters (Cyrillic among them), edited copies of each other so that many are one or
// two edits apart, some longer than the letters the index takes (40).
std::map<std::string, std::size_t> randomSpellings(std::mt19937& random, std::size_t how_many) {
  const std::vector<std::string> letters{"a", "b", "e", "r", "\u0434", "\u044f"};
  auto letter = [&] { return letters[random() % letters.size()]; };
  std::vector<std::string> words;
  std::map<std::string, std::size_t> counts;
  while (counts.size() < how_many) {
    std::string word;
    if (words.empty() || random() % 3 == 0) {
      const std::size_t length = random() % 4 == 0 ? 36 + random() % 10 : 3 + random() % 10;
      word.push_back('K');  // (word = "K" trips GCC 12's -Wrestrict false positive)
      for (std::size_t i = 0; i < length; ++i) word += letter();
    } else {
      // An edit of an earlier word: a letter replaced, inserted or deleted, or two swapped.
      const std::u32string base = codePointsOf(words[random() % words.size()]);
      if (base.size() < 3) continue;
      std::u32string edited = base;
      const std::size_t at = 1 + random() % (base.size() - 1);
      const std::u32string some = codePointsOf(letter());
      switch (random() % 4) {
        case 0:
          edited[at] = some[0];
          break;
        case 1:
          edited.insert(at, some);
          break;
        case 2:
          edited.erase(at, 1);
          break;
        default:
          if (at + 1 < edited.size()) std::swap(edited[at], edited[at + 1]);
      }
      for (char32_t c : edited) word += encodeUtf8(c);
    }
    words.push_back(word);
    counts[word] = 1 + random() % 3;
  }
  return counts;
}

TEST(SpellingSlips, FindsWhatComparingEveryPairFinds) {
  std::mt19937 random(29);
  std::size_t slips_found = 0;
  for (int round = 0; round < 20; ++round) {
    const auto counts = randomSpellings(random, 120);
    std::set<std::string> source_words;
    for (const auto& entry : counts)
      if (random() % 2 == 0) source_words.insert(entry.first);
    const auto expected = slipsComparingEveryPair(counts, source_words);
    EXPECT_EQ(spellingSlips(counts, source_words), expected) << "round " << round;
    slips_found += expected.size();
  }
  EXPECT_GT(slips_found, 100u);  // the rounds do exercise slips, ties and long spellings
}

TEST(SpellingSlips, ManySpellingsTakeTimeInProportion) {
  // 5,000 distinct spellings, half in the source: comparing every pair is 2.5e7 candidate pairs. At 10,000
  // the old code took 83 s on the shared machine and the index, which looks at neighbours only, 0.29 s.
  std::mt19937 random(7);
  std::map<std::string, std::size_t> counts;
  std::set<std::string> source_words;
  const std::string letters = "abcdefghijklmnopqrstuvwxyz";
  while (counts.size() < 5'000) {
    std::string word = "N";
    for (std::size_t i = 0, length = 6 + random() % 6; i < length; ++i) word += letters[random() % 26];
    counts[word] = 1 + random() % 3;
    if (random() % 2 == 0) source_words.insert(word);
  }
  const auto start = std::chrono::steady_clock::now();
  spellingSlips(counts, source_words);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

}  // namespace
}  // namespace concord::rules
