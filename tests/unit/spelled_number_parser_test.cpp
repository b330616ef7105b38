// Spelled-out numbers read with ICU's spell-out rules, one parser per thread and language.
#include "rules/numbers/spelled_number_parser.h"

#include <thread>

#include <gtest/gtest.h>

namespace concord::rules {
namespace {

TEST(SpelledNumberParser, ReadsWordsOfEachLanguage) {
  SpelledNumberParser* fr = SpelledNumberParser::forThisThread("fr");
  ASSERT_NE(fr, nullptr);
  EXPECT_EQ(fr->parse("soixante-dix"), 70.0);
  EXPECT_EQ(fr->parse("deux"), 2.0);
  EXPECT_EQ(fr->parse("maison"), std::nullopt);
  SpelledNumberParser* en = SpelledNumberParser::forThisThread("en");
  ASSERT_NE(en, nullptr);
  EXPECT_EQ(en->parse("twenty one"), 21.0);  // the lenient parser: strict reads 2001
  EXPECT_EQ(en->parse("twenty-one"), 21.0);
}

TEST(SpelledNumberParser, GivesTheSameAnswerTheSecondTime) {
  SpelledNumberParser* de = SpelledNumberParser::forThisThread("de");
  ASSERT_NE(de, nullptr);
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(de->parse("dreiundzwanzig"), 23.0) << round;
    EXPECT_EQ(de->parse("haus"), std::nullopt) << round;
  }
}

TEST(SpelledNumberParser, KeepsOneParserPerThreadAndLanguage) {
  SpelledNumberParser* mine = SpelledNumberParser::forThisThread("es");
  EXPECT_EQ(SpelledNumberParser::forThisThread("es"), mine);  // built once, not on every pair
  EXPECT_NE(SpelledNumberParser::forThisThread("fr"), mine);
  SpelledNumberParser* other_thread = nullptr;
  std::optional<double> other_answer;
  std::thread([&] {
    other_thread = SpelledNumberParser::forThisThread("es");
    other_answer = other_thread->parse("cuarenta y dos");
  }).join();
  EXPECT_NE(other_thread, mine);  // ICU formatters are not shared between threads
  EXPECT_EQ(other_answer, 42.0);
  EXPECT_EQ(mine->parse("cuarenta y dos"), 42.0);
}

}  // namespace
}  // namespace concord::rules
