#include "rules/evidence/quote_marks.h"

#include <gtest/gtest.h>

namespace concord::rules {
namespace {

TEST(QuoteMarks, LocaleDelimitersFromIcu) {
  const auto en = localeQuotes("en");
  EXPECT_EQ(en.primary.open, U'“');
  EXPECT_EQ(en.alternate.close, U'’');
  const auto fr = localeQuotes("fr");
  EXPECT_EQ(fr.primary.open, U'«');
  EXPECT_EQ(fr.alternate.open, U'“') << "French nests English marks inside guillemets";
  const auto de = localeQuotes("de");
  EXPECT_EQ(de.primary.open, U'„');
  EXPECT_EQ(de.primary.close, U'“') << "U+201C closes in German";
  EXPECT_EQ(localeQuotes("de-CH").primary.open, U'«');
}

TEST(QuoteMarks, ApostrophesAreNotQuotes) {
  const std::string text = "“We don’t,” the schools’ heads said.";
  const auto marks = findQuoteMarks(text, {0, text.size()}, localeQuotes("en"));
  ASSERT_EQ(marks.size(), 4u);
  EXPECT_EQ(marks[0].role, MarkRole::open);
  EXPECT_EQ(marks[1].role, MarkRole::apostrophe);
  EXPECT_EQ(marks[2].role, MarkRole::close);
  EXPECT_EQ(marks[3].role, MarkRole::ambiguous) << "schools’ closes only if a ‘ is open";
}

TEST(QuoteMarks, StraightQuotesByContext) {
  const std::string text = "He said \"no\" twice.";
  const auto marks = findQuoteMarks(text, {0, text.size()}, localeQuotes("en"));
  ASSERT_EQ(marks.size(), 2u);
  EXPECT_EQ(marks[0].role, MarkRole::open);
  EXPECT_EQ(marks[1].role, MarkRole::close);
}

TEST(QuoteMarks, GermanClosingMarkIsRecognised) {
  const std::string text = "„Wir halten“, sagte er.";
  const auto marks = findQuoteMarks(text, {0, text.size()}, localeQuotes("de"));
  ASSERT_EQ(marks.size(), 2u);
  EXPECT_EQ(marks[0].role, MarkRole::open);
  EXPECT_EQ(marks[1].role, MarkRole::close);
}

}  // namespace
}  // namespace concord::rules
