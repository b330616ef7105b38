// The Hunspell lexicon reads its dictionary on the first question only, and answers as Hunspell does.
#include "dictionaries/hunspell_lexicon.h"

#include <gtest/gtest.h>

namespace concord {
namespace {

TEST(HunspellLexicon, ReadsItsDictionaryOnTheFirstQuestionOnly) {
  const auto english = HunspellLexicon::load("en");
  ASSERT_NE(english, nullptr);
  EXPECT_FALSE(english->loaded());
  EXPECT_EQ(english->name(), "en_US");  // named from the path: no load needed for a finding's message
  EXPECT_FALSE(english->loaded());
  EXPECT_TRUE(english->spell("houses"));
  EXPECT_TRUE(english->loaded());
}

TEST(HunspellLexicon, PreloadReadsTheDictionaryBeforeAnyQuestion) {
  const auto french = HunspellLexicon::load("fr");
  ASSERT_NE(french, nullptr);
  french->preload();
  EXPECT_TRUE(french->loaded());
  EXPECT_TRUE(french->spell("maisons"));
  EXPECT_FALSE(french->spell("yesterday"));
}

TEST(HunspellLexicon, ALazyLexiconAnswersAsAnEagerOne) {
  const auto lazy = HunspellLexicon::load("en");
  const auto eager = HunspellLexicon::load("en");
  ASSERT_NE(lazy, nullptr);
  eager->preload();
  // Each kind of question first on a lexicon not read yet: the load it triggers must not change the answer.
  EXPECT_EQ(lazy->suggest("hosue"), eager->suggest("hosue"));
  for (const char* word : {"houses", "russian", "Russian", "belgorod", "RUSSIA", "colour", "26", "don't"})
    EXPECT_EQ(lazy->spell(word), eager->spell(word)) << word;
  const auto german_lazy = HunspellLexicon::load("de");
  const auto german_eager = HunspellLexicon::load("de");
  if (german_lazy == nullptr) GTEST_SKIP() << "no German dictionary installed";
  german_eager->preload();
  EXPECT_EQ(german_lazy->spellsAsCompound("Energieversorgungsunternehmen"),
            german_eager->spellsAsCompound("Energieversorgungsunternehmen"));
}

TEST(HunspellLexicon, NoLexiconForALanguageWithoutDictionary) {
  EXPECT_EQ(HunspellLexicon::load("xx"), nullptr);
}

}  // namespace
}  // namespace concord
