// The world's place names: the .mo reader (both byte orders, malformed files), the join of languages on one
// id with English as the default form, and the real catalogues Debian ships.
#include "dictionaries/world_names.h"

#include <cstdint>
#include <filesystem>

#include <gtest/gtest.h>

#include "checker/model/error.h"
#include "dictionaries/mo_catalog.h"
#include "dictionaries/style_profile.h"

namespace concord {
namespace {

/// A .mo file of `messages` in the byte order `big_endian` chooses (msgfmt writes the machine's order).
std::string moBytes(const std::vector<std::pair<std::string, std::string>>& messages,
                    bool big_endian = false) {
  std::string out;
  auto word = [&](std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out += char((value >> (big_endian ? 8 * (3 - i) : 8 * i)) & 0xff);
  };
  const auto count = std::uint32_t(messages.size());
  const std::uint32_t originals = 28, translations = originals + 8 * count;
  std::uint32_t data = translations + 8 * count;
  word(0x950412de);
  word(0);
  word(count);
  word(originals);
  word(translations);
  word(0);
  word(0);
  std::string strings;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ids, texts;
  for (const auto& [id, text] : messages) {
    ids.emplace_back(std::uint32_t(id.size()), data + std::uint32_t(strings.size()));
    strings += id + '\0';
  }
  for (const auto& [id, text] : messages) {
    texts.emplace_back(std::uint32_t(text.size()), data + std::uint32_t(strings.size()));
    strings += text + '\0';
  }
  for (const auto& [length, offset] : ids) word(length), word(offset);
  for (const auto& [length, offset] : texts) word(length), word(offset);
  return out + strings;
}

TEST(MoCatalog, ReadsBothByteOrdersAndLeavesTheHeaderOut) {
  const std::vector<std::pair<std::string, std::string>> messages{
      {"", "Content-Type: text/plain; charset=UTF-8\n"}, {"170063", "Alep"}, {"KW", "Koweït"}};
  for (bool big_endian : {false, true}) {
    const MoCatalog catalog = MoCatalog::parse(moBytes(messages, big_endian), "fr.mo");
    ASSERT_EQ(catalog.messages.size(), 2u);
    EXPECT_EQ(catalog.messages[0].first, "170063");
    EXPECT_EQ(catalog.messages[0].second, "Alep");
    EXPECT_EQ(catalog.messages[1].second, "Koweït");
  }
}

TEST(MoCatalog, MalformedFilesAreAUserErrorNamingTheFile) {
  EXPECT_THROW(MoCatalog::parse("not a catalogue at all", "bad.mo"), UserError);
  std::string truncated = moBytes({{"1", "Alep"}});
  truncated.resize(truncated.size() - 8);
  try {
    MoCatalog::parse(truncated, "cut.mo");
    FAIL() << "a string past the end of the file was read";
  } catch (const UserError& error) {
    EXPECT_NE(std::string(error.what()).find("cut.mo"), std::string::npos) << error.what();
  }
}

WorldNames smallWorld() {
  std::vector<WorldNames::LanguageCatalogues> catalogues(3);
  catalogues[0].language = "en";
  catalogues[0].geonames.messages = {
      {"170063", "Aleppo"}, {"SY.09", "Aleppo Governorate"}, {"2440485", "Niamey"}};
  catalogues[1].language = "fr";
  catalogues[1].geonames.messages = {{"170063", "Alep"}, {"SY.09", "Alep"}, {"2440485", "Niamey"}};
  catalogues[1].countries.messages = {{"Kuwait", "Koweït"}};
  catalogues[2].language = "es";
  catalogues[2].geonames.messages = {{"170063", "Alepo"}};
  catalogues[2].countries.messages = {{"Kuwait", "Kuwait"}};
  return WorldNames::build(std::move(catalogues));
}

TEST(WorldNames, JoinsLanguagesOnTheIdWithEnglishAsTheDefault) {
  const WorldNames names = smallWorld();
  const auto readings = names.readings("Alep");
  ASSERT_EQ(readings.size(), 2u);
  // The city before the governorate of the same name.
  EXPECT_EQ(readings[0].place->label(), "geonames:170063");
  EXPECT_EQ(WorldNames::formIn(*readings[0].place, WorldNames::languageIndex("en")), "Aleppo");
  EXPECT_EQ(WorldNames::formIn(*readings[0].place, WorldNames::languageIndex("es")), "Alepo");
  // German has no form of its own: it writes the English one.
  EXPECT_EQ(WorldNames::formIn(*readings[0].place, WorldNames::languageIndex("de")), "Aleppo");
  EXPECT_TRUE(names.isFormIn("Aleppo", WorldNames::languageIndex("de")));
  EXPECT_FALSE(names.isFormIn("Alep", WorldNames::languageIndex("en")));
  EXPECT_TRUE(names.isFormIn("Niamey", WorldNames::languageIndex("fr")));
}

TEST(WorldNames, CountriesComeFromIsoCodesKeyedByTheirEnglishName) {
  const WorldNames names = smallWorld();
  const auto readings = names.readings("Koweït");
  ASSERT_EQ(readings.size(), 1u);
  EXPECT_EQ(readings[0].place->kind, WorldNames::Kind::country);
  EXPECT_EQ(WorldNames::formIn(*readings[0].place, WorldNames::languageIndex("en")), "Kuwait");
  EXPECT_TRUE(names.isFormIn("Kuwait", WorldNames::languageIndex("es")));
}

// Freiburg is GeoNames' German form of the Swiss Fribourg and the press's short name of Freiburg im
// Breisgau; a form continued by a capitalised word (Kuwait City) is another place, not a longer name.
TEST(WorldNames, ShortFormsAreTheWordsBeforeAParticle) {
  std::vector<WorldNames::LanguageCatalogues> catalogues(3);
  catalogues[0].language = "en";
  catalogues[0].geonames.messages = {
      {"2660718", "Fribourg"}, {"2925177", "Freiburg im Breisgau"}, {"285787", "Kuwait City"}};
  catalogues[1].language = "fr";
  catalogues[1].geonames.messages = {{"2925177", "Fribourg-en-Brisgau"}};
  catalogues[2].language = "de";
  catalogues[2].geonames.messages = {{"2660718", "Freiburg"}};
  const WorldNames names = WorldNames::build(std::move(catalogues));
  const int en = WorldNames::languageIndex("en"), de = WorldNames::languageIndex("de");
  EXPECT_TRUE(names.isShortFormIn("Freiburg", en));
  // German writes the English form of Freiburg im Breisgau (its catalogue has none of its own) …
  EXPECT_TRUE(names.isShortFormIn("Freiburg", de));
  // … French its own, which no particle continues.
  EXPECT_FALSE(names.isShortFormIn("Freiburg", WorldNames::languageIndex("fr")));
  EXPECT_FALSE(names.isShortFormIn("Kuwait", en));
  EXPECT_FALSE(names.isShortFormIn("Freiburg im", en));
}

// A desk's form that no catalogue has becomes that language's form of the place its line's other spellings
// name; a line naming no place, or one whose spelling a catalogue already has, adds nothing.
TEST(WorldNames, HouseStylesAddTheirFormsOfPlacesTheCataloguesLack) {
  WorldNames names = smallWorld();
  StyleProfile style;
  style.language = "es";
  style.entries = {{"Alepp", {"Aleppo", "Alep"}, "", "/data/dictionaries/styles/desk.tsv", 7},
                   {"Alí Jamenei", {"Ali Khamenei"}, "", "desk.tsv", 8},
                   {"Niamey", {"Alep"}, "", "desk.tsv", 9}};
  names.addPressForms(style);
  const int es = WorldNames::languageIndex("es"), fr = WorldNames::languageIndex("fr");
  const auto readings = names.readings("Alepp");
  ASSERT_EQ(readings.size(), 1u);
  EXPECT_EQ(readings[0].place->label(), "geonames:170063");
  EXPECT_EQ(readings[0].language, es);
  EXPECT_EQ(readings[0].press_line, "dictionaries/styles/desk.tsv:7");
  EXPECT_TRUE(names.isFormIn("Alepp", es));
  EXPECT_FALSE(names.isFormIn("Alepp", fr));
  EXPECT_TRUE(names.readings("Alí Jamenei").empty());
  // Niamey is a catalogue's form already: it keeps its one reading.
  EXPECT_EQ(names.readings("Niamey").size(), 1u);
}

// The catalogues scripts/install-deps installs (libgeonames-common, iso-codes).
TEST(WorldNames, ReadsTheCataloguesDebianShips) {
  ASSERT_TRUE(std::filesystem::exists("/usr/share/locale/fr/LC_MESSAGES/geonames.mo"))
      << "libgeonames-common is not installed (scripts/install-deps installs it)";
  const WorldNames names = WorldNames::load("/usr/share/locale");
  EXPECT_GT(names.size(), 28000u);
  const int en = WorldNames::languageIndex("en"), de = WorldNames::languageIndex("de");
  auto englishOf = [&](const std::string& spelling) {
    const auto readings = names.readings(spelling);
    return readings.empty() ? std::string() : std::string(WorldNames::formIn(*readings.front().place, en));
  };
  EXPECT_EQ(englishOf("Mossoul"), "Mosul");
  EXPECT_EQ(englishOf("Taschkent"), "Tashkent");
  EXPECT_EQ(englishOf("Yakarta"), "Jakarta");
  EXPECT_EQ(englishOf("Koweït"), "Kuwait");  // the country before Kuwait City
  const auto algiers = names.readings("Algiers");
  ASSERT_FALSE(algiers.empty());
  EXPECT_EQ(WorldNames::formIn(*algiers.front().place, de), "Algier");
}

}  // namespace
}  // namespace concord
