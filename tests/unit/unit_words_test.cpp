// The unit and currency names numbers/mismatch compares, read from ICU's display names.
#include "rules/numbers/unit_words.h"

#include <gtest/gtest.h>

#include "dictionaries/dictionary_set.h"

namespace concord::rules {
namespace {

const UnitWords& wordsOf(const std::string& lang) {
  static const DictionarySet dictionaries;
  return UnitWords::forLanguage(lang, dictionaries.functionWords(lang));
}

bool names(const std::string& lang, const std::string& word, const std::string& meaning) {
  const std::set<std::string>* meanings = wordsOf(lang).meanings(word);
  return meanings && meanings->count(meaning) > 0;
}

TEST(UnitWords, ReadsMeasureUnitsInEachLanguageAndPluralForm) {
  EXPECT_TRUE(names("en", "meters", "unit:meter"));
  EXPECT_TRUE(names("en", "metres", "unit:meter")) << "British spelling";
  EXPECT_TRUE(names("en", "feet", "unit:foot"));
  EXPECT_TRUE(names("ru", "метра", "unit:meter"));
  EXPECT_TRUE(names("fr", "mètres", "unit:meter"));
  EXPECT_TRUE(names("de", "meter", "unit:meter"));
  EXPECT_TRUE(names("en", "tons", "unit:ton") && names("fr", "tonnes", "unit:ton")) << "one ton here";
}

// Declined names come from the cases CLDR declines in, found by probing a masculine and a feminine unit:
// German datives, Russian cases of every gender (милю is accusative only; метр's accusative is its
// nominative).
TEST(UnitWords, ReadsDeclinedNamesInEveryCaseTheLanguageHas) {
  EXPECT_TRUE(names("de", "kilometern", "unit:kilometer"));
  EXPECT_TRUE(names("ru", "километрах", "unit:kilometer"));
  EXPECT_TRUE(names("ru", "тоннами", "unit:ton"));
  EXPECT_TRUE(names("ru", "милю", "unit:mile"));
  EXPECT_TRUE(names("ru", "метрами", "unit:meter"));
}

TEST(UnitWords, ReadsCurrencyNamesByTheirSharedWord) {
  EXPECT_TRUE(names("es", "dólares", "currency:dollar"));
  EXPECT_TRUE(names("fr", "dollars", "currency:dollar"));
  EXPECT_TRUE(names("de", "dollar", "currency:dollar"));
  EXPECT_TRUE(names("es", "euros", "currency:euro"));
  EXPECT_EQ(wordsOf("es").meanings("canadienses"), nullptr) << "an adjective of one currency names nothing";
  EXPECT_EQ(wordsOf("fr").meanings("de"), nullptr) << "function words name nothing";
  EXPECT_TRUE(differentUnits(*wordsOf("es").meanings("euros"), *wordsOf("fr").meanings("dollars")));
  EXPECT_FALSE(differentUnits(*wordsOf("en").meanings("pounds"), *wordsOf("fr").meanings("livres")));
}

TEST(UnitWords, WritesTheNameInThePluralCategoryAsked) {
  EXPECT_EQ(wordsOf("es").write("currency:dollar", "other"), "dólares");
  EXPECT_EQ(wordsOf("en").write("unit:meter", "other"), "meters");
  EXPECT_EQ(wordsOf("en").write("unit:meter", "one"), "meter");
}

}  // namespace
}  // namespace concord::rules
