// The data files behind truncation/cut-off and numbers/*: bad lines are user errors naming file and line.
#include "dictionaries/word_data.h"

#include <gtest/gtest.h>

#include "checker/model/error.h"
#include "tests/support/user_error.h"

namespace concord {
namespace {

TEST(FunctionWords, ParsesClassesAndMatchesAnyCase) {
  const FunctionWords words =
      FunctionWords::parse("# comment\nthe\tarticle\n\nabout\tpreposition\n", "en.txt");
  EXPECT_EQ(words.classOf("The"), "article");
  EXPECT_EQ(words.classOf("ABOUT"), "preposition");
  EXPECT_FALSE(words.contains("town"));
}

TEST(FunctionWords, RejectsAnUnknownClassWithFileAndLine) {
  testing::expectUserErrorAt([] { FunctionWords::parse("the\tarticle\nrun\tverb\n", "en.txt"); }, "en.txt:2");
  EXPECT_THROW(FunctionWords::parse("lonely\n", "en.txt"), UserError);
}

TEST(NumberWordData, ParsesScalesHomographsSuffixesAndPercentWords) {
  const NumberWordData data = NumberWordData::parse(
      "scale\tMio.\t6\nhomograph\tneuf\nplural_suffix\ts\npercent\tpour cent\n", "fr.txt");
  EXPECT_EQ(data.scales.at("mio."), 6);
  EXPECT_TRUE(data.homographs.count("neuf"));
  ASSERT_EQ(data.percent_words.size(), 1u);
  EXPECT_EQ(data.percent_words[0], (std::vector<std::string>{"pour", "cent"}));
}

TEST(NumberWordData, ParsesQuantitiesRangeJoinersOrdinalSuffixesAndGrouping) {
  const NumberWordData data = NumberWordData::parse(
      "quantity\ta dozen\t12\nrange_joiner\tto\nordinal_suffix\t.º\ngrouping\tspace\n", "es.txt");
  ASSERT_EQ(data.quantity_words.size(), 1u);
  EXPECT_EQ(data.quantity_words[0].first, (std::vector<std::string>{"a", "dozen"}));
  EXPECT_DOUBLE_EQ(data.quantity_words[0].second, 12);
  EXPECT_EQ(data.range_joiners, (std::vector<std::vector<std::string>>{{"to"}}));
  EXPECT_EQ(data.ordinal_suffixes, (std::vector<std::string>{".º"}));
  EXPECT_TRUE(data.space_grouping);
  EXPECT_FALSE(NumberWordData::parse("", "en.txt").space_grouping);
}

TEST(NumberWordData, ParsesApproximationPhrasesAsFoldedWords) {
  const NumberWordData data =
      NumberWordData::parse("approximation\tPrès de\napproximation\tenviron\n", "fr.txt");
  EXPECT_EQ(data.approximation_words, (std::vector<std::vector<std::string>>{{"près", "de"}, {"environ"}}));
  testing::expectUserErrorAt([] { NumberWordData::parse("approximation\n", "fr.txt"); }, "fr.txt:1");
}

TEST(NumberWordData, RejectsABadQuantityOrGroupingWithFileAndLine) {
  testing::expectUserErrorAt(
      [] { NumberWordData::parse("quantity\tboth\t2\nquantity\tboth\ttwo\n", "en.txt"); }, "en.txt:2");
  testing::expectUserErrorAt([] { NumberWordData::parse("grouping\tcomma\n", "en.txt"); }, "en.txt:1");
}

TEST(NumberWordData, RejectsABadPowerWithFileAndLine) {
  testing::expectUserErrorAt([] { NumberWordData::parse("scale\tbn\t9\nscale\tbn\tnine\n", "en.txt"); },
                             "en.txt:2");
}

}  // namespace
}  // namespace concord
