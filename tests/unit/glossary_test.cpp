// The glossary files behind terminology/glossary and the term matching the rule relies on.
#include "dictionaries/glossary.h"

#include <thread>

#include <gtest/gtest.h>

#include "checker/model/error.h"
#include "rules/evidence/boilerplate.h"
#include "rules/evidence/term_match.h"
#include "tests/support/user_error.h"

namespace concord {
namespace {

TEST(Glossary, ParsesFourColumnsWithListsAndSkipsComments) {
  const Glossary glossary = Glossary::parse(
      "# source\trequired\twrong\tnote\n\nLégion Liberté pour la Russie\tFreedom of Russia Legion\t"
      "Legion Freedom for Russia,Liberty for Russia Legion\tgroup\nUnion européenne\tEuropean Union\t\t\n",
      "fr-en.tsv");
  ASSERT_EQ(glossary.entries().size(), 2u);
  const GlossaryEntry& legion = glossary.entries()[0];
  EXPECT_EQ(legion.target, "Freedom of Russia Legion");
  EXPECT_EQ(legion.wrong,
            (std::vector<std::string>{"Legion Freedom for Russia", "Liberty for Russia Legion"}));
  EXPECT_EQ(legion.note, "group");
  EXPECT_EQ(legion.line, 3u);
  EXPECT_TRUE(glossary.entries()[1].wrong.empty());
}

TEST(Glossary, RejectsAWrongColumnCountOrAnEmptyTermWithFileAndLine) {
  testing::expectUserErrorAt([] { Glossary::parse("a\tb\t\t\nonly two\tcolumns\n", "fr-en.tsv"); },
                             "fr-en.tsv:2");
  EXPECT_THROW(Glossary::parse("\tEuropean Union\t\t\n", "fr-en.tsv"), UserError);
  EXPECT_THROW(Glossary::parse("Union européenne\t\t\t\n", "fr-en.tsv"), UserError);
}

TEST(TermMatch, ToleratesCaseAccentsInflectionAndElisionButNotOtherWords) {
  using rules::findTerm;
  using rules::wordsOfText;
  const auto term = wordsOfText("Légion Liberté pour la Russie", "fr");
  EXPECT_TRUE(findTerm(wordsOfText("la « LEGION liberte pour la Russie »", "fr"), term));
  EXPECT_FALSE(findTerm(wordsOfText("la Légion pour la Russie", "fr"), term));
  const auto russian = wordsOfText("Легион «Свобода России»", "ru");
  EXPECT_TRUE(findTerm(wordsOfText("бойцы Легиона «Свобода России» заявили", "ru"), russian));
  // An acronym term matches as written only, and an elided article does not hide it.
  const auto onu = wordsOfText("ONU", "fr");
  EXPECT_TRUE(findTerm(wordsOfText("selon l’ONU", "fr"), onu));
  EXPECT_FALSE(findTerm(wordsOfText("onu", "fr"), onu));
  // A four-letter word inflects in its last letter only: Верховной рады is the Verkhovna Rada in the
  // genitive; рад (glad) is not рада, and a four-letter word is not a stem of an unrelated longer one.
  const auto rada = wordsOfText("Верховная рада", "ru");
  EXPECT_TRUE(findTerm(wordsOfText("уполномоченный Верховной рады", "ru"), rada));
  EXPECT_FALSE(findTerm(wordsOfText("Верховной радиостанции", "ru"), rada));
  EXPECT_FALSE(findTerm(wordsOfText("Верховная рад", "ru"), rada));
}

TEST(Boilerplate, KnowsWireFurnitureAndTheIgnoreOption) {
  const rules::BoilerplateMatcher builtin({"fr", "en"}, rules::RuleOptions());
  EXPECT_TRUE(builtin.matches("• À lire aussi: Zelensky dément la prise de Bakhmout"));
  EXPECT_TRUE(builtin.matches("• Also read: Ukraine says it repelled an attack"));
  EXPECT_TRUE(builtin.matches("(AFP)"));
  EXPECT_TRUE(builtin.matches("— AFP"));
  EXPECT_FALSE(builtin.matches("Des Russes interrogés par l’AFP à Moscou ont exprimé leur crainte."));
  const rules::BoilerplateMatcher configured(
      {"en"}, rules::RuleOptions(std::map<std::string, std::string>{{"ignore", "[\"^Photo:\"]"}}));
  EXPECT_TRUE(configured.matches("Photo: Reuters/Alexander Ermochenko"));
  EXPECT_THROW(
      rules::BoilerplateMatcher(
          {"en"}, rules::RuleOptions(std::map<std::string, std::string>{{"ignore", "[\"(unclosed\"]"}})),
      UserError);
}

TEST(Boilerplate, MatchersBuiltAtOnceOnSeveralThreadsAgree) {
  // Patterns are compiled once per process and shared: every thread's matcher must give the same answers,
  // and a bad user pattern must fail every time, not only the first.
  std::vector<int> matched(4, -1);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < matched.size(); ++t)
      threads.emplace_back([&matched, t] {
        const rules::BoilerplateMatcher matcher({"fr", "de"}, rules::RuleOptions());
        matched[t] = matcher.matches("Lesen Sie auch: Die Lage in Charkiw") + matcher.matches("— AFP") * 2 +
                     matcher.matches("Lyon sous l’orage") * 4;
      });
  }
  EXPECT_EQ(matched, std::vector<int>(4, 3));
  for (int attempt = 0; attempt < 2; ++attempt) {
    EXPECT_THROW(
        rules::BoilerplateMatcher(
            {"en"}, rules::RuleOptions(std::map<std::string, std::string>{{"ignore", "[\"[unclosed\"]"}})),
        UserError)
        << attempt;
  }
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

TEST(GlossaryLanguages, ComeFromTheFileName) {
  using Pair = std::pair<std::string, std::string>;
  EXPECT_EQ(Glossary::languagesOfPath("dictionaries/glossaries/fr-en.tsv"), Pair("fr", "en"));
  EXPECT_EQ(Glossary::languagesOfPath("/desk/newsroom.de-en.tsv"), Pair("de", "en"));
  EXPECT_EQ(Glossary::languagesOfPath("newsroom-uk-en.tsv"), Pair("uk", "en"));
  EXPECT_EQ(Glossary::languagesOfPath("terms_ukr-eng.tsv"), Pair("ukr", "eng"));
  EXPECT_EQ(Glossary::languagesOfPath("glossary.tsv"), std::nullopt);
  EXPECT_EQ(Glossary::languagesOfPath("fr-en.txt"), std::nullopt) << "a glossary is a .tsv table";
  EXPECT_EQ(Glossary::languagesOfPath("names-2024.tsv"), std::nullopt);
  EXPECT_EQ(Glossary::languagesOfPath("-en.tsv"), std::nullopt);
}

}  // namespace
}  // namespace concord
