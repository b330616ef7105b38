// The world's currency unit words, from iso-codes: kept in every language's copy.
#include "dictionaries/currency_units.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "checker/model/error.h"

namespace concord {
namespace {

TEST(CurrencyUnits, ReadsTheUnitWordsOfIsoCodes) {
  const CurrencyUnits units = CurrencyUnits::load("/usr/share/iso-codes/json/iso_4217.json");
  ASSERT_GT(units.size(), 80u) << "iso-codes (scripts/install-deps) should list the world's currencies";
  for (const char* word : {"ariary", "Cedi", "cedis", "tenge", "kwacha", "hryvnia", "pesos", "rupees"})
    EXPECT_TRUE(units.contains(word)) << word;
  // A language's own spelling of the unit, accents and all (Spanish guaraní for iso-codes' Guarani).
  for (const char* word : {"guaraní", "guaraníes", "Guaraníes"}) EXPECT_TRUE(units.contains(word)) << word;
  // Metals, drawing rights and the descriptions of test codes are not currencies of a story.
  for (const char* word : {"gold", "silver", "involved", "purposes", "cocoa"})
    EXPECT_FALSE(units.contains(word)) << word;
}

TEST(CurrencyUnits, AMissingTableIsEmptyAndABrokenOneNamesItsFile) {
  EXPECT_EQ(CurrencyUnits::load("/nonexistent/iso_4217.json").size(), 0u);
  const auto path = std::filesystem::temp_directory_path() / "concord-broken-iso_4217.json";
  std::ofstream(path) << "{\"4217\": [";
  try {
    CurrencyUnits::load(path.string());
    FAIL() << "a truncated table must not load";
  } catch (const UserError& error) {
    EXPECT_NE(std::string(error.what()).find(path.string()), std::string::npos) << error.what();
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace concord
