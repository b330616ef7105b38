// Writing a source's number the way the target writes numbers: the pieces numbers/mismatch suggests with.
#include "rules/numbers/number_writing.h"

#include <gtest/gtest.h>

namespace concord::rules {
namespace {

TEST(NumberWriting, CountsTheDecimalsAfterTheLocalesOwnMark) {
  EXPECT_EQ(fractionDigits("4.10", "en"), 2);
  EXPECT_EQ(fractionDigits("3,5", "fr"), 1);
  EXPECT_EQ(fractionDigits("1,500", "en"), 0);  // a grouping mark, not a decimal one
  EXPECT_EQ(fractionDigits("1.500", "de"), 0);
  EXPECT_EQ(fractionDigits("1.500,25", "de"), 2);
  EXPECT_EQ(fractionDigits("70", "es"), 0);
}

TEST(NumberWriting, GivesTheScaleWordInTheNumberTheFigureTakes) {
  EXPECT_EQ(scaleWordFor("en", 9, 3.2), "billion");
  EXPECT_EQ(scaleWordFor("en", 12, 1.0), "trillion");
  // French: one and 1.5 take the singular (CLDR: i = 0,1), 3.2 the plural.
  EXPECT_EQ(scaleWordFor("fr", 9, 1.5), "milliard");
  EXPECT_EQ(scaleWordFor("fr", 9, 3.2), "milliards");
  EXPECT_EQ(scaleWordFor("es", 6, 1.5), "millones");
  EXPECT_EQ(scaleWordFor("es", 6, 1.0), "millón");
  EXPECT_EQ(scaleWordFor("de", 9, 2.0), "Milliarden");
}

}  // namespace
}  // namespace concord::rules
