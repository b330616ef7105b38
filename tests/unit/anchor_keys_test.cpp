// Anchor keys: romanization-insensitive names, cognates, numbers per locale.
#include "aligners/anchor_keys.h"

#include <gtest/gtest.h>

namespace concord::aligners {
namespace {

TEST(AnchorKeys, NamesMeetAcrossRomanizations) {
  EXPECT_EQ(romanizedKey("Bakhmout"), romanizedKey("Bakhmut"));
  EXPECT_EQ(romanizedKey("Бахмут"), romanizedKey("Bakhmut"));
  EXPECT_EQ(romanizedKey("Bachmut"), romanizedKey("Bakhmut"));
  EXPECT_EQ(romanizedKey("Choïgou"), romanizedKey("Shoigu"));
  EXPECT_EQ(romanizedKey("Шойгу"), romanizedKey("Shoigu"));
  EXPECT_EQ(romanizedKey("Jitomir"), romanizedKey("Zhytomyr"));
  EXPECT_EQ(romanizedKey("Zhytomyr"), romanizedKey("Житомир"));
  EXPECT_EQ(romanizedKey("Tschernihiw"), romanizedKey("Chernihiv"));
  EXPECT_NE(romanizedKey("Kyiv"), romanizedKey("Lviv"));
}

TEST(AnchorKeys, CognatesShareTheirFirstFiveLetters) {
  EXPECT_EQ(cognateKey(romanizedKey("kilomètres")), cognateKey(romanizedKey("kilometers")));
  EXPECT_EQ(cognateKey(romanizedKey("Ministère")), cognateKey(romanizedKey("ministry")));
  EXPECT_EQ(cognateKey("les"), "");  // short function words are no anchors
  EXPECT_EQ(cognateKey("nord"), "nord");
}

TEST(AnchorKeys, NumbersAreReadInTheirLocale) {
  EXPECT_EQ(parseLocaleNumber("1.500", "de"), 1500.0);
  EXPECT_EQ(parseLocaleNumber("1,500", "en"), 1500.0);
  EXPECT_EQ(parseLocaleNumber("1 500", "fr"), 1500.0);
  EXPECT_EQ(parseLocaleNumber("1\u202f500", "fr"), 1500.0);
  EXPECT_EQ(parseLocaleNumber("1,5", "fr"), 1.5);
  EXPECT_EQ(parseLocaleNumber("1.5", "en"), 1.5);
  EXPECT_EQ(parseLocaleNumber("12", "ru"), 12.0);
  EXPECT_FALSE(parseLocaleNumber("12abc", "en").has_value());
}

}  // namespace
}  // namespace concord::aligners
