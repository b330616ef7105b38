#include "checker/reading/language.h"

#include <gtest/gtest.h>

#include "checker/model/error.h"

namespace concord {
namespace {

TEST(Language, CanonicalTags) {
  EXPECT_EQ(canonicalLanguageTag("fr", "--source-lang"), "fr");
  EXPECT_EQ(canonicalLanguageTag("en_gb", "--target-lang"), "en-GB");
  EXPECT_EQ(canonicalLanguageTag("UK", "--source-lang"), "uk");
  EXPECT_THROW(canonicalLanguageTag("xx", "--source-lang"), UserError);
  EXPECT_THROW(canonicalLanguageTag("", "--source-lang"), UserError);
  EXPECT_THROW(canonicalLanguageTag("en-!!", "--source-lang"), UserError);
}

TEST(Language, FromFileNames) {
  EXPECT_EQ(languageFromFileName("story.fr.txt"), "fr");
  EXPECT_EQ(languageFromFileName("/a/b/story.en-GB.md"), "en-GB");
  EXPECT_EQ(languageFromFileName("source.uk.txt"), "uk");
  EXPECT_EQ(languageFromFileName("story.txt"), std::nullopt);
  EXPECT_EQ(languageFromFileName("notes.v2.txt"), std::nullopt);
}

TEST(Language, DetectsFromText) {
  EXPECT_EQ(
      detectLanguage("Le Kremlin a exprimé sa profonde préoccupation et appelé à davantage d’efforts pour "
                     "empêcher ces raids, alors que les attaques se multiplient.")
          .lang,
      "fr");
  EXPECT_EQ(detectLanguage("The Kremlin expressed deep concern and called for greater efforts to prevent the "
                           "raids, as attacks on Russian soil have raised questions.")
                .lang,
            "en");
  EXPECT_EQ(
      detectLanguage("Der Kreml hat sich besorgt gezeigt und mehr Anstrengungen gefordert, um die Angriffe "
                     "auf russisches Gebiet zu verhindern, sagte ein Sprecher.")
          .lang,
      "de");
  EXPECT_EQ(
      detectLanguage("El Kremlin expresó su profunda preocupación y pidió más esfuerzos para impedir los "
                     "ataques, dijo el portavoz del gobierno.")
          .lang,
      "es");
  EXPECT_EQ(detectLanguage("Губернатор сообщил, что обстрел продолжался всю ночь, и объявил эвакуацию.").lang,
            "ru");
  EXPECT_EQ(
      detectLanguage("Губернатор повідомив, що обстріл тривав усю ніч, і оголосив евакуацію їхніх сіл.").lang,
      "uk");
  EXPECT_EQ(detectLanguage("12 345 678").lang, "");
}

// A long article is judged on windows spread over all of it, not on its start: a file that opens with an
// English summary and goes on in French for four times as long reads as French.
TEST(Language, ALongTextIsJudgedOnAllOfItsLength) {
  std::string text;
  while (text.size() < 200'000) text += "The council met on Monday and voted on the budget of the city. ";
  text += "\n\n";
  const std::size_t english = text.size();
  while (text.size() < 5 * english)
    text += "Le conseil s’est réuni lundi et a voté le budget de la ville, qui a été adopté sans débat. ";
  const LanguageGuess guess = detectLanguage(text);
  EXPECT_EQ(guess.lang, "fr");
  EXPECT_GT(guess.scores.at("en"), 0u);  // the English part was read too
  // Bounded: the evidence of a 1 MB text is that of a few pages, not of every word of it.
  EXPECT_LT(guess.evidence, 40'000u);
}

}  // namespace
}  // namespace concord
