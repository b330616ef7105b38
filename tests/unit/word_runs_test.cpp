// Runs of source-language words: one per stretch, cut to core words, broken by target words and gaps.
#include "rules/untranslated/word_runs.h"

#include <gtest/gtest.h>

namespace concord::rules {
namespace {

using R = RunRole;

std::vector<std::pair<std::size_t, std::size_t>> runs(const std::vector<RunRole>& roles,
                                                      std::vector<bool> joined = {}) {
  if (joined.empty()) joined.assign(roles.empty() ? 0 : roles.size() - 1, true);
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const WordRun& run : groupRuns(roles, joined)) spans.emplace_back(run.first, run.last);
  return spans;
}

TEST(WordRuns, ASentenceLeftInTheSourceIsOneRunThroughItsFunctionWords) {
  // entrera en vigueur dès le mois de septembre
  EXPECT_EQ(runs({R::core, R::joins, R::core, R::joins, R::joins, R::core, R::joins, R::core}),
            (std::vector<std::pair<std::size_t, std::size_t>>{{0, 7}}));
}

TEST(WordRuns, JoiningWordsNeverEndARun) {
  // as soon as possible → soon as possible; ministre de (a name) → ministre
  EXPECT_EQ(runs({R::joins, R::core, R::joins, R::core}),
            (std::vector<std::pair<std::size_t, std::size_t>>{{1, 3}}));
  EXPECT_EQ(runs({R::outside, R::core, R::joins, R::outside}),
            (std::vector<std::pair<std::size_t, std::size_t>>{{1, 1}}));
}

TEST(WordRuns, JoiningWordsAloneMakeNoRun) { EXPECT_TRUE(runs({R::joins, R::joins, R::joins}).empty()); }

TEST(WordRuns, TargetWordsAndGapsSplitRuns) {
  EXPECT_EQ(runs({R::core, R::outside, R::core}),
            (std::vector<std::pair<std::size_t, std::size_t>>{{0, 0}, {2, 2}}));
  EXPECT_EQ(runs({R::core, R::joins, R::core}, {true, false}),
            (std::vector<std::pair<std::size_t, std::size_t>>{{0, 0}, {2, 2}}));
  EXPECT_TRUE(runs({}).empty());
}

}  // namespace
}  // namespace concord::rules
