// Where a sentence's clauses begin: what omission/clause and addition/clause judge as units.
#include "rules/evidence/clause_spans.h"

#include <string>

#include <gtest/gtest.h>

namespace concord::rules {
namespace {

WordList openers(const std::string& lang) {
  return WordList::load(std::string(CONCORD_REPO_DIR) + "/dictionaries/clause_openers/" + lang + ".txt");
}

// The words of `text` joined per clause with "|" between clauses.
std::string clausesOf(const std::string& text, const std::string& lang) {
  const auto words = wordsOfText(text, lang);
  const auto clauses = clauseOfEachWord(text, words, openers(lang));
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += clauses[i] != clauses[i - 1] ? " | " : " ";
    out += words[i].surface;
  }
  return out;
}

TEST(ClauseSpans, RelativeClauseBetweenCommasIsOneUnit) {
  EXPECT_EQ(clausesOf("Nach den Schneefällen, bei denen 90 Zentimeter fielen, warnten die Experten.", "de"),
            "Nach den Schneefällen | bei | denen 90 Zentimeter fielen | warnten die Experten");
}

TEST(ClauseSpans, OpenersStartAClauseWithoutPunctuation) {
  EXPECT_EQ(clausesOf("The avalanche broke away as the group crossed a slope.", "en"),
            "The avalanche broke away | as the group crossed a slope");
  EXPECT_EQ(clausesOf("El objetivo es prorrogar el cese y acordar un mecanismo.", "es"),
            "El objetivo es prorrogar el cese | y acordar un mecanismo");
}

TEST(ClauseSpans, FiguresWithSeparatorsAndASentenceStartingOnAnOpenerStayWhole) {
  // The comma of 2,800 and the decimal comma of 3,2 are inside one word; "When" opens the sentence itself.
  EXPECT_EQ(clausesOf("When it fell 2,800 metres it was 3,2 percent.", "en"),
            "When it fell 2,800 metres it was 3,2 percent");
}

TEST(ClauseSpans, QuotationMarksAndDashesEndAClause) {
  EXPECT_EQ(clausesOf("Hammams — the public baths — will shut, Baraka said.", "en"),
            "Hammams | the public baths | will shut | Baraka said");
  EXPECT_EQ(clausesOf("« Nous ne pouvons plus », a déclaré le ministre.", "fr"),
            "Nous ne pouvons plus | a déclaré le ministre");
}

}  // namespace
}  // namespace concord::rules
