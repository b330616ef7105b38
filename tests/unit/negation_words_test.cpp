// Which words negate (rules/omission/negation_words.h over dictionaries/negation_words.h): the particle
// window, ne … que, elided n', idioms that do not negate, and words whose meaning carries a negation.
#include "rules/omission/negation_words.h"

#include <gtest/gtest.h>

#include "checker/model/error.h"
#include "tests/support/presegmented_document.h"
#include "tests/support/user_error.h"

namespace concord::rules {
namespace {

const NegationWords& french() {
  static const NegationWords words = NegationWords::parse(
      "negator\tpas\nnegator\tjamais\nparticle\tne\nparticle\tn\nelision\tn\nelision\tqu\n"
      "restrictive\tque\nrestrictive\tqu\nwith-particle\tplus\nwith-particle\tpersonne\n"
      "not-negation\tplus que jamais\n",
      "fr.txt");
  return words;
}

std::vector<std::string> negatingWords(const std::string& sentence, const NegationWords& words,
                                       const std::string& lang = "fr") {
  const Document doc = testing::presegmentedDocument(sentence + "\n", lang);
  std::vector<std::string> found;
  for (const Negation& negation : negationsIn(doc, 0, 1, words))
    found.emplace_back(doc.textOf(negation.range));
  return found;
}

TEST(Negations, AWithParticleWordNegatesOnlyAfterTheParticle) {
  EXPECT_EQ(negatingWords("Il n’y a plus personne au village.", french()),
            (std::vector<std::string>{"plus", "personne"}));
  EXPECT_TRUE(negatingWords("Plus de 300 personnes ont été évacuées.", french()).empty());
  EXPECT_EQ(negatingWords("Personne n'a été blessé.", french()), (std::vector<std::string>{"Personne"}));
}

TEST(Negations, NeQueIsOnlyAndAnIdiomDoesNotNegate) {
  EXPECT_TRUE(
      negatingWords("Le trafic n'a repris qu'en fin de journée, plus tard que prévu.", french()).empty());
  EXPECT_TRUE(negatingWords("Plus que jamais, les élus réclament des moyens.", french()).empty());
  EXPECT_EQ(negatingWords("Le ministre ne s'est jamais rendu sur place.", french()),
            (std::vector<std::string>{"jamais"}));
}

TEST(Negations, SuffixesAndWordsWhoseMeaningNegates) {
  const NegationWords english =
      NegationWords::parse("negator\tnot\nsuffix\tn't\nlexical\tunable\nlexical-prefix\tun\n", "en.txt");
  EXPECT_EQ(negatingWords("Officials didn’t say.", english, "en"), (std::vector<std::string>{"didn’t"}));
  const auto spelling = HunspellLexicon::load("en");
  ASSERT_NE(spelling, nullptr);
  const auto lexical = [&](const std::string& sentence) {
    const Document doc = testing::presegmentedDocument(sentence + "\n", "en");
    return hasLexicalNegation(doc, 0, 1, english, spelling.get());
  };
  EXPECT_TRUE(lexical("The prefect was unable to say."));
  EXPECT_TRUE(lexical("The cause of the fire is unclear."));
  EXPECT_FALSE(lexical("The unit was sent under cover."));  // un+it, under: no known word after the prefix
}

TEST(Negations, ABadLineNamesFileAndLine) {
  testing::expectUserErrorAt([] { NegationWords::parse("negator\tpas\nnegative\tnon\n", "fr.txt"); },
                             "fr.txt:2");
  EXPECT_THROW(NegationWords::parse("negator\n", "fr.txt"), UserError);
}

}  // namespace
}  // namespace concord::rules
