#include "dictionaries/style_profile.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "checker/model/error.h"

namespace concord {
namespace {
namespace fs = std::filesystem;

class StyleFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("concord_style_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    const fs::path path = dir_ / name;
    std::ofstream(path) << text;
    return path.string();
  }
  std::string errorOf(const std::string& path) {
    try {
      loadStyle(path);
    } catch (const UserError& e) {
      return e.what();
    }
    return "";
  }
  fs::path dir_;
};

TEST_F(StyleFiles, ChildLinesOverrideWhatTheyExtend) {
  write("base.tsv", "@name\tbase\n@language\ten\nZelenskyy\tZelensky,Zelenskiy\tbase\nKyiv\tKiev\t\n");
  const std::string child =
      write("child.tsv", "@name\tchild\n@language\ten\n@extends\tbase.tsv\nZelenskiy\tZelenskyy\tours\n");
  const HouseStyle style(loadStyle(child));
  EXPECT_TRUE(style.isPreferred("Zelenskiy"));
  EXPECT_FALSE(style.isPreferred("Zelenskyy"));
  ASSERT_NE(style.replacing("Zelenskyy"), nullptr);
  EXPECT_EQ(style.replacing("Zelenskyy")->preferred, "Zelenskiy");
  EXPECT_EQ(style.replacing("Zelensky"), nullptr);  // the inherited line is dropped as a whole
  ASSERT_NE(style.replacing("Kiev"), nullptr);
  EXPECT_EQ(style.replacing("Kiev")->preferred, "Kyiv");
}

TEST_F(StyleFiles, BadLinesNameFileAndLine) {
  const std::string cols = write("cols.tsv", "@name\tx\n@language\ten\nKyiv\tKiev\tnote\textra\n");
  EXPECT_NE(errorOf(cols).find("cols.tsv:3:"), std::string::npos) << errorOf(cols);
  const std::string directive = write("dir.tsv", "@name\tx\n@colour\tred\n");
  EXPECT_NE(errorOf(directive).find("dir.tsv:2:"), std::string::npos) << errorOf(directive);
  const std::string twice = write("twice.tsv", "Kyiv\tKiev\t\nKharkiv\tKiev\t\n");
  EXPECT_NE(errorOf(twice).find("twice.tsv:2:"), std::string::npos) << errorOf(twice);
  const std::string missing = write("missing.tsv", "@extends\tnowhere.tsv\n");
  EXPECT_NE(errorOf(missing).find("missing.tsv:1:"), std::string::npos) << errorOf(missing);
}

// DATA.md: within one file a preferred form appears once and a replaced spelling belongs to one preferred
// form. A later line naming a spelling again used to drop or trim the earlier line without a word.
TEST_F(StyleFiles, ASpellingOnTwoLinesOfOneFileIsAnError) {
  const std::string preferred_twice = write("p.tsv", "@name\tp\nKyiv\tKiev\t\nKyiv\tKyyiv\t\n");
  EXPECT_EQ(errorOf(preferred_twice), preferred_twice + ":3: 'Kyiv' is already listed on line 2");
  const std::string preferred_then_replaced = write("pr.tsv", "Kyiv\tKiev\t\nKiev\tKyiv\t\n");
  EXPECT_EQ(errorOf(preferred_then_replaced),
            preferred_then_replaced + ":2: 'Kiev' is already listed on line 1");
  const std::string replaced_then_preferred = write("rp.tsv", "Kyiv\tKiev\t\nchicken Kiev\t\t\nKiev\t\t\n");
  EXPECT_EQ(errorOf(replaced_then_preferred),
            replaced_then_preferred + ":3: 'Kiev' is already listed on line 1");
}

// Every line of a child applies to what it inherits, not to the child's own other lines: the lines of a
// file are merged in one pass (the fuzz/style input that took 10 s was reuters over en-world over en-common).
TEST_F(StyleFiles, EveryChildLineAppliesToTheInheritedLinesOnly) {
  write("base.tsv", "@name\tbase\n@language\ten\nKyiv\tKiev,Kyyiv\t\nOdesa\tOdessa\t\nKharkiv\tKharkov\t\n");
  const std::string child =
      write("child.tsv",
            "@name\tchild\n@language\ten\n@extends\tbase.tsv\n"
            "Kiev\tKyjiw\tours\nOdessa\t\t\nKharkov\tCharkiw,Kharkiv\t\nLviv\tLvov\t\n");
  const StyleProfile profile = loadStyle(child);
  std::vector<std::string> lines;
  for (const StyleEntry& entry : profile.entries) {
    std::string line = entry.preferred + ":";
    for (const std::string& r : entry.replaces) line += " " + r;
    lines.push_back(line);
  }
  // An inherited line whose preferred form the child names is dropped (Kharkiv); the child's spellings
  // leave the other inherited lines' replaces (Kiev, Odessa); then the child's lines in their order.
  EXPECT_EQ(lines, (std::vector<std::string>{"Kyiv: Kyyiv", "Odesa:", "Kiev: Kyjiw",
                                             "Odessa:", "Kharkov: Charkiw Kharkiv", "Lviv: Lvov"}));
}

TEST_F(StyleFiles, CyclicExtendsIsAnError) {
  write("a.tsv", "@extends\tb.tsv\n");
  const std::string b = write("b.tsv", "@extends\ta.tsv\n");
  EXPECT_NE(errorOf(b).find("cycle"), std::string::npos) << errorOf(b);
}

TEST_F(StyleFiles, UserProfileMayExtendABuiltInOne) {
  const std::string mine =
      write("mine.tsv", "@name\tmine\n@language\ten\n@extends\tap\nchicken Kiev\t\tdish\n");
  const HouseStyle style(loadStyle(mine));
  EXPECT_TRUE(style.isPreferred("Zelenskyy"));  // from ap
  EXPECT_TRUE(style.isPreferred("chicken Kiev"));
  EXPECT_EQ(style.profile().displayName(), "mine");
}

TEST(DefaultStyle, FollowsTheTargetLanguage) {
  EXPECT_EQ(defaultStyleFor("en"), "ap");
  EXPECT_EQ(defaultStyleFor("en-GB"), "ap");
  EXPECT_EQ(defaultStyleFor("es"), "fundeu");
  EXPECT_EQ(defaultStyleFor("fr"), "afp-fr");
  EXPECT_EQ(defaultStyleFor("de"), "dpa");
  EXPECT_EQ(defaultStyleFor("pt"), "");
}

}  // namespace
}  // namespace concord
