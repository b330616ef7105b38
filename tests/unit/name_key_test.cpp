#include "dictionaries/name_key.h"

#include <gtest/gtest.h>

namespace concord {
namespace {

TEST(NameKey, MergesSpellingsOfOneNameAcrossConventions) {
  EXPECT_EQ(nameKey("Kyiv"), nameKey("Kiev"));
  EXPECT_EQ(nameKey("Kyiv"), nameKey("Kiew"));
  EXPECT_EQ(nameKey("Kyiv"), nameKey("Kyjiw"));
  EXPECT_EQ(nameKey("Bakhmut"), nameKey("Bachmout"));
  EXPECT_EQ(nameKey("Rusakov"), nameKey("Roussakov"));
  EXPECT_EQ(nameKey("Hanna Maliar"), nameKey("Ganna Malyar"));
  EXPECT_EQ(nameKey("Oleksandr"), nameKey("Oleksandre"));
  EXPECT_EQ(nameKey("Vyacheslav"), nameKey("Viatcheslav"));
  EXPECT_EQ(nameKey("Zelenskyy"), nameKey("Zelensky"));
  EXPECT_EQ(nameKey("Graïvoron"), nameKey("Grayvoron"));
}

TEST(NameKey, KeepsDifferentNamesApart) {
  EXPECT_NE(nameKey("Alexander"), nameKey("Oleksandre"));
  EXPECT_NE(nameKey("Ivan"), nameKey("Ivana"));
  EXPECT_NE(nameKey("Russia"), nameKey("Russian"));
  EXPECT_NE(nameKey("Kharkiv"), nameKey("Kherson"));
}

TEST(NameKey, EnglishVariationKeyOnlyMergesWhatEnglishPressVaries) {
  EXPECT_EQ(englishVariationKey("Dmitry"), englishVariationKey("Dmitriy"));
  EXPECT_EQ(englishVariationKey("Dmitry"), englishVariationKey("Dmitri"));
  EXPECT_EQ(englishVariationKey("Vyacheslav"), englishVariationKey("Viacheslav"));
  EXPECT_EQ(englishVariationKey("Zelenskyy"), englishVariationKey("Zelenskyi"));
  EXPECT_NE(englishVariationKey("Rousakov"), englishVariationKey("Rusakov"));
  EXPECT_NE(englishVariationKey("Ganna"), englishVariationKey("Hanna"));
  EXPECT_NE(englishVariationKey("Kiev"), englishVariationKey("Kyiv"));
}

TEST(NameKey, AsciiLowerLettersDropsAccentsAndApostrophes) {
  EXPECT_EQ(asciiLowerLetters("Kyïv’s"), "kyivs");
  EXPECT_EQ(asciiLowerLetters("Wołodymyr  Jarchenko-Ruiz"), "wolodymyr jarchenko ruiz");
}

// ASCII text skips the transliterator; what it gives must be what the transliterator gives. A no-break space
// (Latin-ASCII: a space, then trimmed at the end) sends the same text through ICU.
TEST(NameKey, AsciiLowerLettersOfAsciiTextIsWhatIcuGives) {
  std::string every_ascii;
  for (char c = 1; c < 127; ++c) every_ascii += c;
  for (const std::string& text : {every_ascii, std::string("Hello, World-Wide  Web's 42 Names\tAND\nMore"),
                                  std::string("ZELENSKY"), std::string(" - ")}) {
    EXPECT_EQ(asciiLowerLetters(text), asciiLowerLetters(text + "\u00A0")) << text;
  }
}

TEST(ClusterSpellings, GroupsVariantsMostFrequentFirst) {
  const auto clusters =
      clusterSpellings({"Kyiv", "Maksym", "Kiev", "Kyiv", "Maxym", "Maksym", "Maksym", "Ivan"});
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].spellings.front(), (std::pair<std::string, std::size_t>{"Kyiv", 2}));
  EXPECT_EQ(clusters[0].spellings.back().first, "Kiev");
  EXPECT_EQ(clusters[1].spellings.front(), (std::pair<std::string, std::size_t>{"Maksym", 3}));
}

TEST(ClusterSpellings, IgnoresGroupsThatOnlyVaryLikeEnglishDoes) {
  EXPECT_TRUE(clusterSpellings({"Dmitry", "Dmitriy", "Zelenskyy", "Zelenskyi"}).empty());
}

}  // namespace
}  // namespace concord
