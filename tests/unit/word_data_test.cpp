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

TEST(NumberWordData, RejectsABadPowerWithFileAndLine) {
  testing::expectUserErrorAt([] { NumberWordData::parse("scale\tbn\t9\nscale\tbn\tnine\n", "en.txt"); },
                             "en.txt:2");
}

}  // namespace
}  // namespace concord
