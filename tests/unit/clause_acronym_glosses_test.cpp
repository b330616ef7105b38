// Names a translation may have written out for an acronym the other side gives bare: what clause comparison
// takes as rendered instead of reporting them as added or dropped.
#include "rules/evidence/clause_acronym_glosses.h"

#include <string>

#include <gtest/gtest.h>

namespace concord::rules {
namespace {

// The words of `text` that belong to a multi-word name, each name's words joined by spaces, names by " | ".
std::string namesOf(const std::string& text, const std::string& lang) {
  const auto words = wordsOfText(text, lang);
  const auto names = multiWordNames(words);
  std::string out;
  std::size_t last = kNoName;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (names[i] == kNoName) continue;
    if (!out.empty()) out += names[i] != last ? " | " : " ";
    out += words[i].surface;
    last = names[i];
  }
  return out;
}

TEST(ClauseAcronymGlosses, NamesJoinedByShortLowerCaseWordsAreOne) {
  EXPECT_EQ(namesOf("Scientists at the Institute of Volcanology, part of the Far East branch of the Russian "
                    "Academy of Sciences, watch the dome.",
                    "en"),
            "Institute Volcanology | Far East | Russian Academy Sciences");
}

TEST(ClauseAcronymGlosses, ASingleCapitalisedWordTheFirstWordAndAcronymsAreNoName) {
  // "Moscow" stands alone, "Police" opens the sentence, "FSB" is the acronym itself.
  EXPECT_EQ(namesOf("Police in Moscow said the FSB had the papers.", "en"), "");
}

TEST(ClauseAcronymGlosses, OnlyAcronymsTheOtherSideDoesNotKeepCountTheirLetters) {
  const auto source = wordsOfText("Учёные ДВО РАН и KVERT ведут наблюдение.", "ru");
  const auto target = wordsOfText("Scientists of the Russian Academy of Sciences and KVERT watch.", "en");
  EXPECT_EQ(lettersOfAcronymsNotKept(source, target), 6U);  // ДВО and РАН; KVERT is kept
  EXPECT_EQ(lettersOfAcronymsNotKept(target, source), 0U);
}

}  // namespace
}  // namespace concord::rules
