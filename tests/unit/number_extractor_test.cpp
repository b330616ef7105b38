// Number extraction per locale: the facts numbers/mismatch and numbers/kept-format rely on.
#include "rules/numbers/number_extractor.h"

#include <cstdio>

#include <gtest/gtest.h>

#include "dictionaries/dictionary_set.h"

namespace concord::rules {
namespace {

std::vector<NumberMention> numbersIn(const std::string& lang, const std::string& text) {
  static const DictionarySet dictionaries;
  const NumberExtractor extractor(lang, dictionaries);
  return extractor.extract(text, {0, text.size()});
}

std::vector<double> valuesOf(const std::vector<NumberMention>& mentions, bool include_weak = false) {
  std::vector<double> values;
  for (const auto& m : mentions)
    if (include_weak || !m.weak) values.push_back(m.value);
  return values;
}

TEST(NumberExtractor, ReadsFiguresWithEachLocalesMarks) {
  EXPECT_EQ(valuesOf(numbersIn("fr", "soit 1 500,5 euros et 1\u00A0200 et 3\u202F000 personnes")),
            (std::vector<double>{1500.5, 1200, 3000}));
  EXPECT_EQ(valuesOf(numbersIn("de", "rund 1.500,5 Euro")), (std::vector<double>{1500.5}));
  EXPECT_EQ(valuesOf(numbersIn("en", "some 1,500.5 euros")), (std::vector<double>{1500.5}));
}

TEST(NumberExtractor, MarksFiguresWithAnotherLocalesMarksAsIllFormed) {
  const auto en = numbersIn("en", "cut off 1.200 households and 3,5 percent");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_TRUE(en[0].well_formed);  // 1.2 in English: well-formed, but not what a German source meant
  EXPECT_FALSE(en[1].well_formed);
  EXPECT_DOUBLE_EQ(en[1].value, 3.5);
  EXPECT_TRUE(en[1].percent);
  EXPECT_FALSE(numbersIn("fr", "Quelque 1.200 salariés")[0].well_formed);
}

TEST(NumberExtractor, ReadsSpelledOutNumbersWithIcuSpellout) {
  EXPECT_EQ(valuesOf(numbersIn("fr", "Neuf localités, soixante-dix soldats et vingt et un civils")),
            (std::vector<double>{9, 70, 21}));
  EXPECT_EQ(valuesOf(numbersIn("en", "Nine towns, seventy soldiers and twenty one civilians")),
            (std::vector<double>{9, 70, 21}));
  EXPECT_EQ(valuesOf(numbersIn("ru", "девяти человек")), (std::vector<double>{9}));
}

TEST(NumberExtractor, AppliesScaleWordsAndPercentWords) {
  EXPECT_EQ(valuesOf(numbersIn("fr", "2,5 millions d’euros et deux millions de voix")),
            (std::vector<double>{2.5e6, 2e6}));
  EXPECT_EQ(valuesOf(numbersIn("en", "2.5 million euros")), (std::vector<double>{2.5e6}));
  const auto percent = numbersIn("fr", "12 pour cent des voix");
  ASSERT_EQ(percent.size(), 1u);  // the "cent" of "pour cent" is not a hundred
  EXPECT_TRUE(percent[0].percent);
}

TEST(NumberExtractor, TreatsArticlesAndHomographsAsWeak) {
  EXPECT_TRUE(valuesOf(numbersIn("fr", "un char neuf et une voiture")).empty());
  EXPECT_TRUE(valuesOf(numbersIn("en", "the one who left")).empty());
  EXPECT_EQ(valuesOf(numbersIn("fr", "neuf localités")), (std::vector<double>{9}));
}

TEST(NumberExtractor, SkipsOrdinalsAndIdentifiers) {
  EXPECT_TRUE(numbersIn("fr", "le 1er mars, le deuxième jour").size() == 0);
  EXPECT_TRUE(numbersIn("en", "flight MH17, an F-16 and the 21st day at 10h30").empty());
  EXPECT_TRUE(valuesOf(numbersIn("fr", "un tiers (1/3) le 12/03/2023, 24/7")).empty());
  EXPECT_EQ(valuesOf(numbersIn("en", "a 42-year-old engineer, between 10-15 tanks")),
            (std::vector<double>{42, 10, 15}));
}

TEST(NumberExtractor, ReadsDecadesAndTheTwelveHourClock) {
  EXPECT_EQ(valuesOf(numbersIn("en", "a record since the 2010s")), (std::vector<double>{2010}));
  const auto clock = numbersIn("en", "between 12 noon and 5 p.m. on Monday");
  ASSERT_EQ(clock.size(), 2u);
  EXPECT_FALSE(clock[0].clock_value.has_value());
  ASSERT_TRUE(clock[1].clock.has_value()) << "5 p.m. is a time of day";
  EXPECT_DOUBLE_EQ(clock[1].value, 17);
  ASSERT_TRUE(clock[1].clock_value.has_value()) << "and a plain 5 may still be its hour";
  EXPECT_DOUBLE_EQ(*clock[1].clock_value, 5);
}

// The times of day of `text` as "H:MM" (or "H h" without minutes), with "|H" for a second reading.
std::vector<std::string> timesIn(const std::string& lang, const std::string& text) {
  std::vector<std::string> out;
  for (const NumberMention& m : numbersIn(lang, text)) {
    if (!m.clock) continue;
    char shown[32];
    if (m.clock->minute)
      std::snprintf(shown, sizeof shown, "%d:%02d", m.clock->hour, *m.clock->minute);
    else
      std::snprintf(shown, sizeof shown, "%d h", m.clock->hour);
    std::string entry = shown;
    if (m.clock->other_hour) entry.append("|").append(std::to_string(*m.clock->other_hour));
    out.push_back(entry.append(" ").append(m.range.in(text)));
  }
  return out;
}

TEST(NumberExtractor, ReadsTimesOfDayInEachLanguagesForms) {
  EXPECT_EQ(timesIn("fr", "à 23 h 11 (22 h 11 GMT), puis vers 6h05 et à 8 heures"),
            (std::vector<std::string>{"23:11 23 h 11", "22:11 22 h 11 GMT", "6:05 6h05", "8 h 8 heures"}));
  EXPECT_EQ(timesIn("en", "struck at 11:11 pm (2211 GMT); by 9 a.m. and at 10:30"),
            (std::vector<std::string>{"23:11 11:11 pm", "22:11 2211 GMT", "9 h 9 a.m.", "10:30|22 10:30"}));
  EXPECT_EQ(timesIn("de", "um 23.11 Uhr, gegen 7 Uhr"),
            (std::vector<std::string>{"23:11 23.11 Uhr", "7 h 7 Uhr"}));
  EXPECT_EQ(timesIn("es", "a las 23.11 horas"), (std::vector<std::string>{"23:11 23.11 horas"}));
}

TEST(NumberExtractor, DoesNotTakeDecimalsScoresOrYearsForTimes) {
  EXPECT_TRUE(timesIn("en", "a magnitude of 6.8 and 3.11 percent in 2023").empty());
  EXPECT_TRUE(timesIn("en", "the final score was 3:2 after 2211 votes").empty()) << "minutes have two digits";
  EXPECT_TRUE(timesIn("fr", "un séisme de magnitude 6,8 et 1 500 morts").empty());
  EXPECT_TRUE(timesIn("fr", "le Boeing 737 et la voiture de 5 hp").empty());
}

TEST(NumberExtractor, FormatsForTheLocale) {
  static const DictionarySet dictionaries;
  EXPECT_EQ(NumberExtractor("en", dictionaries).format(1200, false), "1,200");
  EXPECT_EQ(NumberExtractor("en", dictionaries).format(9, true), "nine");
  EXPECT_EQ(NumberExtractor("en", dictionaries).format(2022, false, false), "2022");
}

}  // namespace
}  // namespace concord::rules
