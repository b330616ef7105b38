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

// Markup readers (Markdown, XLIFF, HTML) write a decoded `&nbsp;` at the reference's first byte and blank the
// rest, so "5&nbsp;000" is read as "5\u00A0    000": still five thousand, and the figure spans the reference.
TEST(NumberExtractor, ReadsANoBreakSpaceGroupingDecodedFromMarkup) {
  const auto fr = numbersIn("fr", "devant 5\u00A0    000 personnes et 12\u202F     500 euros");
  EXPECT_EQ(valuesOf(fr), (std::vector<double>{5000, 12500}));
  ASSERT_EQ(fr.size(), 2u);
  EXPECT_TRUE(fr[0].well_formed);
  EXPECT_EQ(fr[0].figure.end - fr[0].figure.begin, std::string("5\u00A0    000").size());
  // An ordinary space with blanks after it is no grouping: two figures.
  EXPECT_EQ(valuesOf(numbersIn("fr", "les 5    000 autres")), (std::vector<double>{5, 0}));
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

TEST(NumberExtractor, SkipsIdentifiers) {
  EXPECT_TRUE(numbersIn("en", "flight MH17, an F-16 and the Su-25 at 10h30").empty());
  EXPECT_TRUE(valuesOf(numbersIn("fr", "un tiers (1/3) le 12/03/2023, 24/7")).empty());
  EXPECT_EQ(valuesOf(numbersIn("en", "a 42-year-old engineer, between 10-15 tanks")),
            (std::vector<double>{42, 10, 15}));
}

// The ordinals of `text` as "value text".
std::vector<std::string> ordinalsIn(const std::string& lang, const std::string& text) {
  std::vector<std::string> out;
  for (const NumberMention& m : numbersIn(lang, text))
    if (m.ordinal)
      out.push_back(std::to_string(static_cast<int>(m.value)) + " " + std::string(m.range.in(text)));
  return out;
}

TEST(NumberExtractor, ReadsOrdinalFiguresAndWordsInEachLanguage) {
  EXPECT_EQ(
      ordinalsIn("fr", "le 1er mars, le 3e régiment, la 1re division, le deuxième jour, vingt et unième"),
      (std::vector<std::string>{"1 1er", "3 3e", "1 1re", "2 deuxième", "21 vingt et unième"}));
  EXPECT_EQ(ordinalsIn("en", "the 21st day, the 2nd round, the twenty-first and the ninth"),
            (std::vector<std::string>{"21 21st", "2 2nd", "21 twenty-first", "9 ninth"}));
  EXPECT_EQ(ordinalsIn("es", "el 3.º puesto, la 2.ª vuelta, el 1.er día y la tercera"),
            (std::vector<std::string>{"3 3.º", "2 2.ª", "1 1.er", "3 tercera"}));
  EXPECT_EQ(ordinalsIn("de", "am 3. März, der 4. große Sieg, zum dritten Mal"),
            (std::vector<std::string>{"3 3.", "4 4.", "3 dritten"}));
  EXPECT_TRUE(ordinalsIn("de", "Es waren 3. Dann kam er.").empty()) << "a number ending a sentence";
  EXPECT_TRUE(numbersIn("en", "the first time")[0].weak) << "first is also 'prime', 'at first'";
}

// The unit or currency a figure counts, after its scale word and the language's connector.
TEST(NumberExtractor, AttachesTheUnitOrCurrencyAFigureCounts) {
  const std::string fr = "90 millions de dollars et 2 millions d’euros";
  const auto amounts = numbersIn("fr", fr);
  ASSERT_EQ(amounts.size(), 2u);
  ASSERT_TRUE(amounts[0].unit.has_value());
  EXPECT_EQ(amounts[0].unit->in(fr), "dollars");
  EXPECT_EQ(amounts[0].unit_meanings.count("currency:dollar"), 1u);
  ASSERT_TRUE(amounts[1].unit.has_value());
  EXPECT_EQ(amounts[1].unit->in(fr), "euros") << "past the elided connector";
  const std::string ru = "на 1,5 метра";
  EXPECT_EQ(numbersIn("ru", ru).at(0).unit_meanings.count("unit:meter"), 1u);
  EXPECT_FALSE(numbersIn("fr", "3 millions de personnes").at(0).unit.has_value());
  EXPECT_FALSE(numbersIn("es", "12 de mayo").at(0).unit.has_value()) << "a connector only after a scale word";
}

// German writes an ordinal before a noun as "103." and ends a sentence on "103." too: before a capitalised
// word the figure stays a cardinal and carries its ordinal reading for the comparison.
TEST(NumberExtractor, KeepsTheOrdinalReadingOfAGermanFigureBeforeACapital) {
  const auto noun = numbersIn("de", "als 103. Regierungschef des Landes");
  ASSERT_EQ(noun.size(), 1u);
  EXPECT_FALSE(noun[0].ordinal);
  ASSERT_TRUE(noun[0].as_ordinal.has_value());
  EXPECT_EQ(noun[0].as_ordinal->begin, 4u);
  EXPECT_EQ(noun[0].as_ordinal->end, 8u) << "the period belongs to the ordinal";
  const auto year = numbersIn("de", "im Jahr 2023. Die Polizei");
  ASSERT_EQ(year.size(), 1u);
  EXPECT_FALSE(year[0].as_ordinal.has_value()) << "no ordinal of four digits: a year ends the sentence";
  EXPECT_FALSE(numbersIn("en", "rose to 103. Police")[0].as_ordinal.has_value())
      << "English has no such ordinal";
}

TEST(NumberExtractor, ReadsQuantityWordsAsWeakNumbers) {
  EXPECT_EQ(valuesOf(numbersIn("en", "both men, a dozen officers, twice"), true),
            (std::vector<double>{2, 12, 2}));
  EXPECT_TRUE(valuesOf(numbersIn("en", "both men")).empty()) << "never reported missing";
  EXPECT_EQ(valuesOf(numbersIn("de", "beide Männer, das Dutzend Beamte"), true),
            (std::vector<double>{2, 12}));
  EXPECT_EQ(valuesOf(numbersIn("es", "ambos ministros, la docena de presos"), true),
            (std::vector<double>{2, 12}));
  EXPECT_EQ(valuesOf(numbersIn("fr", "la douzaine de blessés"), true), (std::vector<double>{12}));
}

TEST(NumberExtractor, GivesTheFirstEndOfARangeItsSharedScaleWord) {
  EXPECT_EQ(valuesOf(numbersIn("fr", "de 2,5 à 3 milliards d'euros")), (std::vector<double>{2.5e9, 3e9}));
  EXPECT_EQ(valuesOf(numbersIn("en", "2 to 3 million people, 1.5-2 billion")),
            (std::vector<double>{2e6, 3e6, 1.5e9, 2e9}));
  EXPECT_EQ(valuesOf(numbersIn("de", "zwischen 2 und 3 Millionen Euro")), (std::vector<double>{2e6, 3e6}));
  EXPECT_EQ(valuesOf(numbersIn("es", "entre 2 y 3 millones")), (std::vector<double>{2e6, 3e6}));
  EXPECT_EQ(valuesOf(numbersIn("en", "it rose from 2 to 3 degrees, with 5 million affected")),
            (std::vector<double>{2, 3, 5e6}))
      << "only a scale word right after the second end";
  EXPECT_EQ(valuesOf(numbersIn("en", "in 2019 and 3 million in 2020")),
            (std::vector<double>{2019, 3e6, 2020}))
      << "a range rises";
}

TEST(NumberExtractor, AcceptsSpaceGroupingWhereTheLanguagesNormDoes) {
  EXPECT_TRUE(numbersIn("es", "10 000 habitantes")[0].well_formed) << "RAE";
  EXPECT_TRUE(numbersIn("de", "10 000 Einwohner")[0].well_formed) << "DIN 5008";
  EXPECT_FALSE(numbersIn("en", "10 000 inhabitants")[0].well_formed);
  EXPECT_DOUBLE_EQ(numbersIn("es", "1 500,5 euros")[0].value, 1500.5);
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

TEST(NumberExtractor, WritesATimeTheWayAnotherTimeIsWritten) {
  static const DictionarySet dictionaries;
  auto rewrite = [&](const std::string& lang, const std::string& model_text, const std::string& value_text,
                     const std::string& value_lang) {
    const auto model = numbersIn(lang, model_text);
    const auto value = numbersIn(value_lang, value_text);
    return writeClockLike(model_text, *model.at(0).clock, *value.at(0).clock, dictionaries.numberWords(lang));
  };
  EXPECT_EQ(rewrite("en", "3:30 p.m.", "14.30 Uhr", "de"), "2:30 p.m.");
  EXPECT_EQ(rewrite("en", "7 pm", "18.30 Uhr", "de"), "6:30 pm");
  EXPECT_EQ(rewrite("en", "11 pm", "9 h", "fr"), "9 am");
  EXPECT_EQ(rewrite("en", "2111 GMT", "22 h 11 GMT", "fr"), "2211 GMT");
  EXPECT_EQ(rewrite("fr", "19 h", "6:30 p.m.", "en"), "18 h 30");
  EXPECT_EQ(rewrite("fr", "19h", "6:30 p.m.", "en"), "18h30");
  EXPECT_EQ(rewrite("de", "19 Uhr", "6 p.m.", "en"), "18 Uhr");
  EXPECT_EQ(rewrite("es", "19.00 horas", "6 p.m.", "en"), "18.00 horas");
}

TEST(NumberExtractor, WritesAnOrdinalTheWayTheModelIs) {
  static const DictionarySet dictionaries;
  auto rewrite = [&](const std::string& lang, double value, const std::string& model_text) {
    const auto model = numbersIn(lang, model_text);
    return NumberExtractor(lang, dictionaries).formatOrdinalLike(value, model.at(0), model_text);
  };
  EXPECT_EQ(rewrite("en", 3, "4th"), "3rd");
  EXPECT_EQ(rewrite("en", 9, "eighth"), "ninth");
  EXPECT_EQ(rewrite("fr", 3, "4e"), "3e");
  EXPECT_EQ(rewrite("de", 3, "Vierte"), "Dritte");
  EXPECT_EQ(rewrite("es", 3, "cuarta"), "tercera");
}

TEST(NumberExtractor, FormatsForTheLocale) {
  static const DictionarySet dictionaries;
  EXPECT_EQ(NumberExtractor("en", dictionaries).format(1200, false), "1,200");
  EXPECT_EQ(NumberExtractor("en", dictionaries).format(9, true), "nine");
  EXPECT_EQ(NumberExtractor("en", dictionaries).format(2022, false, false), "2022");
}

}  // namespace
}  // namespace concord::rules
