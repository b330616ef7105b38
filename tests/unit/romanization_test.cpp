#include "dictionaries/romanization.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "checker/model/data_dir.h"
#include "checker/model/error.h"

namespace concord {
namespace {

const Romanization& tables() {
  static const auto r = Romanization::load(dataPath("dictionaries/romanization"));
  return *r;
}

// ICU's BGN rules write a capital's digraph in capitals before э; a name in title case stays in title case,
// and a word in capitals stays in capitals.
TEST(Romanization, ANameKeepsItsTitleCaseBeforeE) {
  EXPECT_EQ(tables().romanize("Жээнбеков", "ru"), "Zheenbekov");
  EXPECT_EQ(tables().romanize("Си Цзиньпин и Шэн Ли", "ru"), "Si Tszinpin i Shen Li");
  EXPECT_EQ(tables().romanize("Жуков", "ru"), "Zhukov");
  EXPECT_EQ(tables().romanize("ЖУКОВ", "ru"), "ZHUKOV");
}

TEST(Romanization, UkrainianFollowsKmu2010) {
  EXPECT_EQ(tables().romanize("Київ", "uk"), "Kyiv");
  EXPECT_EQ(tables().romanize("Запоріжжя", "uk"), "Zaporizhzhia");
  EXPECT_EQ(tables().romanize("Миколаїв", "uk"), "Mykolaiv");
  EXPECT_EQ(tables().romanize("Ганна Маляр", "uk"), "Hanna Maliar");
  EXPECT_EQ(tables().romanize("Згорани", "uk"), "Zghorany");
  EXPECT_EQ(tables().romanize("Знам’янка", "uk"), "Znamianka");
  EXPECT_EQ(tables().romanize("Юлія", "uk"), "Yuliia");
  EXPECT_EQ(tables().romanize("Зеленський", "uk"), "Zelenskyi");
  // Ukrainian letters decide even when the document says ru.
  EXPECT_EQ(tables().romanize("Андрій", "ru"), "Andrii");
}

TEST(Romanization, RussianFollowsBgnWithoutMarks) {
  EXPECT_EQ(tables().romanize("Русаков", "ru"), "Rusakov");
  EXPECT_EQ(tables().romanize("Грайворон", "ru"), "Grayvoron");
  EXPECT_EQ(tables().romanize("Луганськ", "ru"),
            "Lugansk");  // no Ukrainian-only letter: the document decides
  EXPECT_EQ(tables().romanize("Луганськ", "uk"), "Luhansk");
  EXPECT_EQ(tables().romanize("Зеленский", "ru"), "Zelenskiy");
  EXPECT_EQ(tables().romanize("Bakhmut", "ru"), "Bakhmut");  // Latin text comes back as is
}

TEST(Romanization, GuessesNominativesOfDeclinedNames) {
  auto has = [](const std::vector<std::string>& forms, const std::string& form) {
    return std::find(forms.begin(), forms.end(), form) != forms.end();
  };
  const auto jeddah = tables().nominatives("Джидду", "ru");
  ASSERT_FALSE(jeddah.empty());
  EXPECT_EQ(jeddah.front(), "Джидду");  // the word as written comes first
  EXPECT_TRUE(has(jeddah, "Джидда"));
  EXPECT_TRUE(has(tables().nominatives("Багдаде", "ru"), "Багдад"));
  EXPECT_TRUE(has(tables().nominatives("Саудовской", "ru"), "Саудовская"));
  EXPECT_TRUE(has(tables().nominatives("Харкові", "uk"), "Харків"));
  EXPECT_TRUE(has(tables().nominatives("Києві", "uk"), "Київ"));
  // Other languages, and words too short to carry a stem and an ending, stay as written.
  EXPECT_EQ(tables().nominatives("Bagdade", "fr"), std::vector<std::string>{"Bagdade"});
  EXPECT_EQ(tables().nominatives("Ру", "ru"), std::vector<std::string>{"Ру"});
}

TEST(Romanization, UndoesForeignConventions) {
  EXPECT_EQ(tables().reverse("Rousakov", "fr").candidate, "Rusakov");
  EXPECT_EQ(tables().reverse("Oleksandre", "fr").candidate, "Oleksandr");
  EXPECT_EQ(tables().reverse("Viatcheslav", "fr").candidate, "Viacheslav");
  EXPECT_EQ(tables().reverse("Poutine", "fr").candidate, "Putin");
  EXPECT_EQ(tables().reverse("Tkatschuk", "de").candidate, "Tkachuk");
  EXPECT_EQ(tables().reverse("Charkiw", "de").candidate, "Kharkiv");
  EXPECT_EQ(tables().reverse("Jarchenko", "es").candidate, "Kharchenko");
  EXPECT_EQ(tables().reverse("Galyna", "uk-as-ru").candidate, "Halyna");
  EXPECT_TRUE(tables().reverse("Peskov", "fr").signals.empty());
  EXPECT_EQ(tables().forward("Bakhmut", "es"), "Bajmut");
}

TEST(Romanization, TellsSlavicLookingNamesFromOthers) {
  EXPECT_TRUE(tables().looksSlavic("Rousakov", "Rusakov"));
  EXPECT_TRUE(tables().looksSlavic("Oleksandre", "Oleksandr"));
  EXPECT_TRUE(tables().looksSlavic("Jarchenko", "Kharchenko"));
  EXPECT_FALSE(tables().looksSlavic("Jorge", "Khorge"));  // kh made by the reversal does not count
  EXPECT_FALSE(tables().looksSlavic("Schumacher", "Shumakher"));
  EXPECT_FALSE(tables().looksSlavic("Toulouse", "Tulouse"));
  // One cluster (ya) is shared with West African and Arabic names; two (zh, kh) are Slavic.
  EXPECT_FALSE(tables().looksSlavic("Doumbouya Doumbouya", "Dumbuya"));
  EXPECT_TRUE(tables().looksSlavic("Kozhoukhar", "Kozhukhar"));
}

TEST(Romanization, BadConventionLineNamesFileAndLine) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "concord_romanization_bad";
  fs::create_directories(dir);
  for (const char* file : {"uk-kmu2010.rules", "slavic_markers.tsv"})
    fs::copy_file(dataPath(std::string("dictionaries/romanization/") + file), dir / file,
                  fs::copy_options::overwrite_existing);
  std::ofstream(dir / "conventions.tsv") << "# comment\nfr\tou\tu\tany\tok\nfr\ttch\tch\tsomewhere\tbad\n";
  try {
    Romanization::load(dir.string());
    ADD_FAILURE() << "no error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("conventions.tsv:3:"), std::string::npos) << e.what();
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

TEST(Romanization, FindsUkrainianGivenNamesInAnyCase) {
  const auto* hanna = tables().ukrainianGivenName("Ганну");  // accusative
  ASSERT_NE(hanna, nullptr);
  EXPECT_EQ(hanna->russian, "Анна");
  const auto* mykola = tables().ukrainianGivenName("Миколі");  // dative
  ASSERT_NE(mykola, nullptr);
  EXPECT_EQ(mykola->russian, "Николай");
  ASSERT_NE(tables().ukrainianGivenName("Сергія"), nullptr);
  EXPECT_EQ(tables().ukrainianGivenName("Сергія")->russian, "Сергей");
  // Surnames built on a given name are not the name (Павленко: ending too long); other words are nothing.
  EXPECT_EQ(tables().ukrainianGivenName("Павленко"), nullptr);
  EXPECT_EQ(tables().ukrainianGivenName("Харків"), nullptr);
}

}  // namespace
}  // namespace concord
