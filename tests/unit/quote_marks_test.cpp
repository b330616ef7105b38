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

TEST(QuoteMarks, InchMarksEscapesAndMarkupAreNotQuotes) {
  const std::string text =
      "He is 5' 10\", reads <a href=\"https://x.org\" title='a > b'>this</a>, said \\\"no\\\" and \"17\" "
      "twice.";
  const auto marks = findQuoteMarks(text, {0, text.size()}, localeQuotes("en"));
  ASSERT_EQ(marks.size(), 2u) << "only the quotation around 17";
  EXPECT_EQ(marks[0].role, MarkRole::open);
  EXPECT_EQ(marks[1].role, MarkRole::close) << "a figure before \" inside an open quotation closes it";
  EXPECT_EQ(text.substr(marks[0].range.begin, marks[1].range.end - marks[0].range.begin), "\"17\"");
}

TEST(QuoteMarks, ApostropheAfterAFigure) {
  const std::string text = "the 90’s";
  const auto marks = findQuoteMarks(text, {0, text.size()}, localeQuotes("en"));
  ASSERT_EQ(marks.size(), 1u);
  EXPECT_EQ(marks[0].role, MarkRole::apostrophe);
}

TEST(QuoteMarks, FlattenedNestingPairsWhenAsked) {
  const std::string text = "“He said “we stay” and left,” she said.";
  const TextRange paragraph{0, text.size()};
  const auto quotes = localeQuotes("en");
  const auto marks = findQuoteMarks(text, paragraph, quotes);
  EXPECT_FALSE(pairQuotations(marks, paragraph, quotes, false)) << "strict: a reopened quotation";
  std::vector<Quotation> flattened;
  const auto quotations = pairQuotations(marks, paragraph, quotes, false, &flattened);
  ASSERT_TRUE(quotations);
  EXPECT_EQ(quotations->size(), 1u);
  ASSERT_EQ(flattened.size(), 1u);
  EXPECT_EQ(flattened[0].content.in(text), "we stay");
}

TEST(QuoteMarks, ThirdLevelReusesTheOuterMarks) {
  const std::string text = "“She said ‘he spoke of “holding out” and left’ at noon,” Olga says.";
  const TextRange paragraph{0, text.size()};
  const auto quotes = localeQuotes("en");
  const auto quotations = pairQuotations(findQuoteMarks(text, paragraph, quotes), paragraph, quotes, false);
  ASSERT_TRUE(quotations);
  EXPECT_EQ(quotations->size(), 1u);
}

TEST(QuoteMarks, SingleTurnedCommaOpensOutsideLow9Locales) {
  // Spanish nests « “ ‘ ’ ” »: the ‘ after a space opens, and ’ closes it.
  const std::string text = "“Me dijo: ‘Esta vez nadie se levantará de la mesa’. Quiero creerlo”, añadió.";
  const TextRange paragraph{0, text.size()};
  const auto es = localeQuotes("es");
  const auto marks = findQuoteMarks(text, paragraph, es);
  ASSERT_EQ(marks.size(), 4u);
  EXPECT_EQ(marks[1].role, MarkRole::open);
  EXPECT_EQ(closerFor(U'‘', es), U'’');
  const auto quotations = pairQuotations(marks, paragraph, es, false);
  ASSERT_TRUE(quotations);
  EXPECT_EQ(quotations->size(), 1u);
  // German closes ‚…‘ with it, whatever precedes.
  const std::string german = "„Er sagte: ‚Wir bleiben‘ und ging.“";
  const auto de_marks = findQuoteMarks(german, {0, german.size()}, localeQuotes("de"));
  ASSERT_EQ(de_marks.size(), 4u);
  EXPECT_EQ(de_marks[2].role, MarkRole::close);
}

}  // namespace
}  // namespace concord::rules
