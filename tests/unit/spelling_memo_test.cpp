// Hunspell's answers remembered per thread: the same answers as asking Hunspell, every time, on any thread.
#include "rules/evidence/spelling_memo.h"

#include <thread>

#include <gtest/gtest.h>

#include "dictionaries/hunspell_lexicon.h"

namespace concord::rules {
namespace {

TEST(SpellingMemo, AnswersAsHunspellDoesEveryTimeOnEveryThread) {
  const HunspellLexicon* english = HunspellLexicon::shared("en");
  if (english == nullptr) GTEST_SKIP() << "no en_US Hunspell dictionary installed";
  const std::vector<std::string> words = {"houses", "Paris", "paris", "hosue", ""};
  // A suggestion takes Hunspell a while: one word's, asked three times.
  const std::string misspelt = "hosue";
  const auto askAll = [&] {
    std::vector<bool> accepted;
    for (const std::string& word : words) accepted.push_back(spells(*english, word));
    return std::make_pair(accepted, suggestions(*english, misspelt));
  };
  std::vector<bool> accepted;
  for (const std::string& word : words) accepted.push_back(english->spell(word));
  const auto direct = std::make_pair(accepted, english->suggest(misspelt));
  ASSERT_FALSE(direct.second.empty());
  EXPECT_EQ(askAll(), direct);
  EXPECT_EQ(askAll(), direct);  // now from memory
  std::pair<std::vector<bool>, std::vector<std::string>> other_thread;
  std::thread([&] { other_thread = askAll(); }).join();
  EXPECT_EQ(other_thread, direct);
}

TEST(SpellingMemo, KeepsEachDictionarysAnswersApart) {
  const HunspellLexicon* english = HunspellLexicon::shared("en");
  const HunspellLexicon* french = HunspellLexicon::shared("fr");
  if (english == nullptr || french == nullptr) GTEST_SKIP() << "no en_US or fr_FR Hunspell dictionary";
  EXPECT_TRUE(spells(*english, "window"));
  EXPECT_FALSE(spells(*french, "window"));
  EXPECT_TRUE(spells(*french, "fenêtre"));
  EXPECT_FALSE(spells(*english, "fenêtre"));
}

}  // namespace
}  // namespace concord::rules
