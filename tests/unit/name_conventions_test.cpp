#include "dictionaries/name_conventions.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "checker/model/data_dir.h"
#include "checker/model/error.h"

namespace concord {
namespace {

const NameConventions& table() {
  static const NameConventions t =
      NameConventions::load(dataPath("dictionaries/romanization/name_conventions.tsv"));
  return t;
}

std::vector<std::string> candidates(std::string_view word, std::string_view source, std::string_view target) {
  std::vector<std::string> out;
  for (const NameUndoing& u : table().undo(word, source, target)) out.push_back(u.candidate);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(NameConventions, UndoesTheSourcesLetterGroupsInCombination) {
  EXPECT_TRUE(has(candidates("Bachar", "fr", "en"), "Bashar"));
  EXPECT_TRUE(has(candidates("Houssein", "fr", "en"), "Hussein"));
  EXPECT_TRUE(has(candidates("Youssouf", "fr", "en"), "Yusuf"));  // ou, ss and ou at once
  EXPECT_TRUE(has(candidates("Nazarbaïev", "fr", "en"), "Nazarbayev"));
  EXPECT_TRUE(has(candidates("Chomeini", "de", "en"), "Khomeini"));
  EXPECT_TRUE(has(candidates("Dschaparow", "de", "en"), "Japarov"));
  EXPECT_TRUE(has(candidates("Jomeini", "es", "en"), "Khomeini"));
  EXPECT_TRUE(has(candidates("Yakarta", "es", "en"), "Jakarta"));
  EXPECT_TRUE(has(candidates("BACHAR", "fr", "en"), "BASHAR"));
}

TEST(NameConventions, FewestChangesFirstAndTheWordItselfNever) {
  const auto undone = table().undo("Schia", "de", "en");
  ASSERT_FALSE(undone.empty());
  EXPECT_EQ(undone.front().candidate, "Shia");
  EXPECT_EQ(undone.front().rules.size(), 1u);
  EXPECT_FALSE(has(candidates("Schia", "de", "en"), "Schia"));
}

TEST(NameConventions, OnlyTheSourcesOwnConventionAndTheTargetsMarks) {
  EXPECT_TRUE(candidates("Bachar", "fr", "fr").empty());          // a language never drifts into itself
  EXPECT_FALSE(has(candidates("Bachar", "de", "en"), "Bashar"));  // ch is kh in German, not sh
  // A diaeresis is undone for English whatever the source; a Spanish target keeps its own accents.
  EXPECT_TRUE(has(candidates("Goïta", "de", "en"), "Goita"));
  EXPECT_FALSE(has(candidates("Alí", "fr", "es"), "Ali"));
}

TEST(NameConventions, MarksOnlyIsToldFromLetterChanges) {
  const auto goita = table().undo("Goïta", "fr", "en");
  ASSERT_FALSE(goita.empty());
  EXPECT_TRUE(goita.front().marksOnly());
  const auto bachar = table().undo("Bachar", "fr", "en");
  ASSERT_FALSE(bachar.empty());
  EXPECT_FALSE(bachar.front().marksOnly());
}

TEST(NameConventions, TheWorkIsBounded) {
  // Twelve groups French undoes: the walk stops at its bounds instead of trying 2^12 spellings.
  const auto undone = table().undo("Chouchouchouchouchouchou", "fr", "en");
  EXPECT_LE(undone.size(), NameConventions::kMaxCandidates);
  for (const NameUndoing& u : undone) EXPECT_LE(u.rules.size(), NameConventions::kMaxUndone);
  EXPECT_FALSE(undone.empty());
}

TEST(NameConventions, ABadLineNamesFileAndLine) {
  const auto error = [](const std::string& text) {
    try {
      NameConventions::parse(text, "conventions.tsv");
    } catch (const UserError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string good = "# comment\nfr\t*\tch\tsh\tany\tBachar\n";
  EXPECT_EQ(NameConventions::parse(good, "conventions.tsv").rules().size(), 1u);
  EXPECT_NE(error(good + "fr\t*\tch\tsh\tsomewhere\tbad\n").find("conventions.tsv:3: unknown position"),
            std::string::npos);
  EXPECT_NE(error(good + "fr\tch\tsh\tany\tfive columns\n").find("conventions.tsv:3: expected 6"),
            std::string::npos);
  EXPECT_NE(error("fr\t*\tCH\tsh\tany\tcase\n").find("conventions.tsv:1: write the letters in lower case"),
            std::string::npos);
  EXPECT_NE(error("french\t*\tch\tsh\tany\tlanguage\n").find("conventions.tsv:1: the source and target"),
            std::string::npos);
  EXPECT_NE(error("fr\t*\t\tsh\tany\tempty\n").find("conventions.tsv:1: the written letters"),
            std::string::npos);
}

}  // namespace
}  // namespace concord
