// Sentence segmentation per language on real wire sentences.
#include "checker/segmentation/segmenter.h"

#include <gtest/gtest.h>

namespace concord {
namespace {

std::vector<std::string> split(const std::string& lang, const std::string& text) {
  const Segmenter segmenter(lang, loadAbbreviations(lang));
  std::vector<std::string> result;
  for (const TextRange& r : segmenter.sentences(text, {0, text.size()})) result.emplace_back(r.in(text));
  return result;
}

using Sentences = std::vector<std::string>;

TEST(Segmenter, EnglishTitlesAndInitialsDoNotEndSentences) {
  EXPECT_EQ(
      split("en",
            "Gen. Valery Gerasimov met Gov. Gladkov on Monday. Dr. Smith from St. Petersburg was there."),
      (Sentences{"Gen. Valery Gerasimov met Gov. Gladkov on Monday.",
                 "Dr. Smith from St. Petersburg was there."}));
  EXPECT_EQ(split("en", "V. Zelensky and Y. Tymoshenko spoke. Then they left."),
            (Sentences{"V. Zelensky and Y. Tymoshenko spoke.", "Then they left."}));
  EXPECT_EQ(split("en", "Sen. Graham said the U.S. would act. Mr. Peskov disagreed."),
            (Sentences{"Sen. Graham said the U.S. would act.", "Mr. Peskov disagreed."}));
}

TEST(Segmenter, FrenchAbbreviationsAndGuillemets) {
  EXPECT_EQ(split("fr", "M. Peskov a parlé. Le gén. Syrsky a dit non. Mme Maliar a confirmé."),
            (Sentences{"M. Peskov a parlé.", "Le gén. Syrsky a dit non.", "Mme Maliar a confirmé."}));
  // ICU puts the closing » at the start of the next sentence; it belongs to the quotation.
  EXPECT_EQ(split("fr", "« Nous tiendrons. » Il a ajouté : « Jusqu’au bout. »"),
            (Sentences{"« Nous tiendrons. »", "Il a ajouté : « Jusqu’au bout. »"}));
  EXPECT_EQ(split("fr", "«\u00a0Nous tiendrons.\u00a0» Il a ajouté."),
            (Sentences{"«\u00a0Nous tiendrons.\u00a0»", "Il a ajouté."}));
}

TEST(Segmenter, GermanSpanishRussianUkrainian) {
  EXPECT_EQ(
      split("de", "Dr. Müller sagte, die Lage sei z. B. in Charkiw ernst. Prof. Weber widersprach."),
      (Sentences{"Dr. Müller sagte, die Lage sei z. B. in Charkiw ernst.", "Prof. Weber widersprach."}));
  EXPECT_EQ(split("es", "El Sr. Zelenski habló con la Dra. Pérez. Luego viajó a EE. UU. el lunes."),
            (Sentences{"El Sr. Zelenski habló con la Dra. Pérez.", "Luego viajó a EE. UU. el lunes."}));
  EXPECT_EQ(split("ru", "Губернатор В. Гладков сообщил о 12 раненых. Обстрел продолжался до 5 ч. утра."),
            (Sentences{"Губернатор В. Гладков сообщил о 12 раненых.", "Обстрел продолжался до 5 ч. утра."}));
  EXPECT_EQ(split("uk", "Заступниця міністра Г. Маляр заявила про успіхи. Бої тривають у м. Бахмут."),
            (Sentences{"Заступниця міністра Г. Маляр заявила про успіхи.", "Бої тривають у м. Бахмут."}));
}

TEST(Segmenter, OrdinalDayBeforeAMonthEndsNoSentence) {
  // German writes the day as an ordinal with a dot; ICU alone breaks after "2.".
  EXPECT_EQ(
      split("de", "Karlsruhe, 2. März (dpa) - Das Gericht hat entschieden. Am 15. Jan. folgt mehr."),
      (Sentences{"Karlsruhe, 2. März (dpa) - Das Gericht hat entschieden.", "Am 15. Jan. folgt mehr."}));
  // A number that ends a sentence before a word that is no month still ends it.
  EXPECT_EQ(split("de", "Der Index stieg auf 2. Danach fiel er."),
            (Sentences{"Der Index stieg auf 2.", "Danach fiel er."}));
  // English dates put no dot after the day: a figure ending a sentence before a month is a real end.
  EXPECT_EQ(split("en", "The index rose to 2. March was weaker."),
            (Sentences{"The index rose to 2.", "March was weaker."}));
}

TEST(Segmenter, EnglishQuotationEndsStayWithTheirSentence) {
  EXPECT_EQ(split("en", "“We will hold,” he said. “Until the end.” Then he left."),
            (Sentences{"“We will hold,” he said.", "“Until the end.”", "Then he left."}));
}

TEST(Segmenter, TokensAreWordsAndNumbers) {
  const Segmenter segmenter("en", {});
  const std::string text = "At least 12 civilians, said Gladkov.";
  const auto tokens = segmenter.tokens(text, {0, text.size()});
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[2].range.in(text), "12");
  EXPECT_TRUE(tokens[2].numeric);
  EXPECT_FALSE(tokens[5].numeric);
  EXPECT_EQ(tokens[5].range.in(text), "Gladkov");
}

}  // namespace
}  // namespace concord
