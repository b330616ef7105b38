// What the untranslated-word rules suggest for a source word left in the target: the lexicon's translations
// as the target's Hunspell dictionary writes them.
#include "rules/untranslated/lexicon_renderings.h"

#include <gtest/gtest.h>

#include "aligners/lexicon.h"
#include "dictionaries/hunspell_lexicon.h"

namespace concord::rules {
namespace {

TEST(LexiconRenderings, KeepsThreeLetterWordsAndDropsAbbreviations) {
  const auto english = HunspellLexicon::load("en");
  ASSERT_NE(english, nullptr) << "hunspell-en-us is installed by scripts/install-deps";
  aligners::Lexicon lexicon;
  for (const char* word : {"cut", "pause", "cc"}) lexicon.add("coupure", word);
  // "cut" is the first rendering FreeDict gives for coupure (power cuts); "cc" is no word of its own.
  EXPECT_EQ(lexiconRenderings(lexicon, "coupures", *english, 2), (std::vector<std::string>{"cut", "pause"}));
}

TEST(LexiconRenderings, AClosedUpCompoundIsSplitButAMisspellingIsNotCutInTwo) {
  const auto english = HunspellLexicon::load("en");
  ASSERT_NE(english, nullptr);
  aligners::Lexicon lexicon;
  // FreeDict fra-eng spells it "interuption"; Hunspell's suggestion with the same letters is "int eruption".
  lexicon.add("coupure", "interuption");
  lexicon.add("coupure", "break");
  lexicon.add("mairie", "townhall");
  EXPECT_EQ(lexiconRenderings(lexicon, "coupure", *english, 2), (std::vector<std::string>{"break"}));
  EXPECT_EQ(lexiconRenderings(lexicon, "mairie", *english, 2), (std::vector<std::string>{"town hall"}));
}

}  // namespace
}  // namespace concord::rules
