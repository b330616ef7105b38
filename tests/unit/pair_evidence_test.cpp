// The per-pair evidence store that lets omission/clause and addition/clause share one clause comparison, and
// the value comparison that comparison judges figures by.
#include "rules/pair_evidence.h"

#include <gtest/gtest.h>

#include "rules/evidence/number_values.h"

namespace concord::rules {
namespace {

struct Built {
  explicit Built(int* count) { ++*count; }
};
struct Other {
  explicit Other(int* count) { ++*count; }
};

TEST(PairEvidence, BuildsEachKindOnceAndHandsTheSameObjectBack) {
  PairEvidence store;
  int built = 0, other = 0;
  Built& first = store.get<Built>(&built);
  Built& again = store.get<Built>(&built);
  EXPECT_EQ(&first, &again);
  EXPECT_EQ(built, 1);
  store.get<Other>(&other);
  EXPECT_EQ(other, 1);
  EXPECT_EQ(built, 1);
}

NumberMention mention(double value) {
  NumberMention m;
  m.value = value;
  m.figure_value = value;
  return m;
}

TEST(SameNumberValue, ReadsDecadesClockHoursAndScaleWordsAsTheNumbersRuleDoes) {
  NumberMention nineties = mention(1990);
  nineties.decade = true;
  EXPECT_TRUE(sameNumberValue(nineties, mention(90)));  // the 1990s ↔ los años noventa
  EXPECT_TRUE(sameNumberValue(mention(90), nineties));
  EXPECT_FALSE(sameNumberValue(mention(1990), mention(90)));  // a year is not a decade

  NumberMention five_pm = mention(17);
  five_pm.clock_value = 5;
  EXPECT_TRUE(sameNumberValue(five_pm, mention(5)));

  NumberMention billions = mention(1.65e9);  // 1.65 billion
  billions.figure_value = 1.65;
  NumberMention millones = mention(1.65e9);  // 1.650 millones
  millones.figure_value = 1650;
  millones.million_value = 1650;
  EXPECT_TRUE(sameNumberValue(billions, millones));
  EXPECT_FALSE(sameNumberValue(mention(21), mention(12)));
}

}  // namespace
}  // namespace concord::rules
