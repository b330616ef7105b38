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

}  // namespace
}  // namespace concord
