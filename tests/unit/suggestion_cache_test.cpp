// spelling/hunspell asks Hunspell once per distinct word, and for at most a fixed number of words.
#include "rules/spelling/suggestion_cache.h"

#include <gtest/gtest.h>

namespace concord::rules {
namespace {

struct CountingSuggester {
  std::map<std::string, int>* calls;
  std::vector<std::string> operator()(std::string_view word) const {
    ++(*calls)[std::string(word)];
    return {std::string(word) + "-fixed", "other"};
  }
};

TEST(SuggestionCache, AsksOncePerDistinctWord) {
  std::map<std::string, int> calls;
  SuggestionCache cache(CountingSuggester{&calls}, 50);
  for (int i = 0; i < 869; ++i) EXPECT_EQ(cache.firstSuggestion("goverment"), "goverment-fixed");
  EXPECT_EQ(cache.firstSuggestion("agricultre"), "agricultre-fixed");
  EXPECT_EQ(calls, (std::map<std::string, int>{{"agricultre", 1}, {"goverment", 1}}));
}

TEST(SuggestionCache, StopsAskingAtTheCapButKeepsEarlierAnswers) {
  std::map<std::string, int> calls;
  SuggestionCache cache(CountingSuggester{&calls}, 2);
  EXPECT_EQ(cache.firstSuggestion("one"), "one-fixed");
  EXPECT_EQ(cache.firstSuggestion("two"), "two-fixed");
  EXPECT_EQ(cache.firstSuggestion("three"), std::nullopt);
  EXPECT_EQ(cache.firstSuggestion("four"), std::nullopt);
  EXPECT_EQ(cache.firstSuggestion("one"), "one-fixed");
  EXPECT_EQ(calls.size(), 2u);
}

TEST(SuggestionCache, NoSuggestionIsRememberedToo) {
  int calls = 0;
  SuggestionCache cache(
      [&](std::string_view) {
        ++calls;
        return std::vector<std::string>{};
      },
      50);
  EXPECT_EQ(cache.firstSuggestion("xqzt"), std::nullopt);
  EXPECT_EQ(cache.firstSuggestion("xqzt"), std::nullopt);
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace concord::rules
