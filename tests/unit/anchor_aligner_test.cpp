// The anchor aligner on small constructed pairs: every link type, omission confidence, notes.
#include "aligners/anchor_aligner.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "aligners/link_format.h"
#include "tests/support/presegmented_document.h"

namespace concord::aligners {
namespace {

Document presegmented(const std::string& text, const std::string& lang) {
  return testing::presegmentedDocument(text, lang);
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> linkStrings(const Alignment& alignment) {
  std::vector<std::string> result;
  for (const IdLink& link : toIdLinks(alignment)) result.push_back(formatIdLink(link));
  return result;
}

std::vector<std::string> goldStrings(const std::filesystem::path& path) {
  std::vector<std::string> result;
  for (const IdLink& link : parseIdLinks(readFile(path), path.string())) result.push_back(formatIdLink(link));
  return result;
}

const std::filesystem::path kNews =
    std::filesystem::path(CONCORD_TEST_DATA_DIR) / "align/synthetic-news-fr-en";

TEST(AnchorAligner, News01FindsTheSplitTheMergeAndTheOmission) {
  const Document fr = presegmented(readFile(kNews / "news01.fr"), "fr");
  const Document en = presegmented(readFile(kNews / "news01.en"), "en");
  const Alignment alignment = AnchorAligner().align(fr, en);
  EXPECT_EQ(linkStrings(alignment), goldStrings(kNews / "news01.fren"));
}

TEST(AnchorAligner, News02FindsTheMovedBoundaryTheAdditionAndTheMerges) {
  // fr 3-4 ↔ en 4-5 is a 2-2 whose sentence boundary moved ("…jusqu'à midi, puis les a progressivement
  // rétablis dans l'après-midi." / "…until noon." + "Services were gradually restored in the afternoon,
  // while…"): two 1-1 links each share words, but "progressivement" and "après-midi" meet their partners
  // across the boundary and the lengths agree only as a 2-2. The added en 3 names France and Enedis, which
  // no sentence of a merge with fr 3 has; the 2-1's second sentence ("Son pronostic vital n'est pas engagé")
  // shares no word with its translation ("his life is not in danger") and must not become an omission.
  const Document fr = presegmented(readFile(kNews / "news02.fr"), "fr");
  const Document en = presegmented(readFile(kNews / "news02.en"), "en");
  EXPECT_EQ(linkStrings(AnchorAligner().align(fr, en)), goldStrings(kNews / "news02.fren"));
}

TEST(AnchorAligner, FindsOneToThreeAndThreeToOne) {
  const Document fr = presegmented(
      "Le président Macron a rencontré Olaf Scholz à Berlin lundi.\n"
      "La réunion sur l'énergie, le budget européen, la défense et l'Ukraine a duré quatre heures, selon "
      "l'Élysée, et s'est terminée par une conférence de presse commune à la chancellerie.\n"
      "Les deux dirigeants se reverront en mars.\n"
      "Paris.\nBerlin.\nBruxelles.\n"
      "Le sommet de Bruxelles est prévu le 23 mars.\n",
      "fr");
  const Document en = presegmented(
      "President Macron met Olaf Scholz in Berlin on Monday.\n"
      "The meeting on energy, the European budget, defence and Ukraine lasted four hours.\n"
      "That is according to the Elysée.\n"
      "It ended with a joint press conference at the chancellery.\n"
      "The two leaders will meet again in March.\n"
      "Paris, Berlin, Brussels.\n"
      "The Brussels summit is scheduled for March 23.\n",
      "en");
  const auto links = linkStrings(AnchorAligner().align(fr, en));
  EXPECT_EQ(links,
            (std::vector<std::string>{"[0]:[0]", "[1]:[1, 2, 3]", "[2]:[4]", "[3, 4, 5]:[5]", "[6]:[6]"}));
}

TEST(AnchorAligner, FindsOneToFourAndFourToOne) {
  // A long French sentence the translation cut into four, each holding its own figure or name, and a list
  // of four short casualty lines run together in the translation. Without 1-4/4-1 links one sentence of each
  // would be reported as an addition or omission that is not one.
  const Document fr = presegmented(
      "Une vague de drones a visé la Russie dans la nuit de samedi à dimanche.\n"
      "Moscou affirme avoir intercepté 110 appareils en six heures.\n"
      "Le maire Sergueï Sobianine a fait état de dégâts légers à Podolsk.\n"
      "Le gouverneur Viatcheslav Gladkov a annoncé dimanche que 14 personnes avaient été blessées à "
      "Belgorod, que 38 drones avaient été abattus au-dessus de la région de Koursk, que 212 écoles "
      "resteraient fermées jusqu'au 12 mars et que l'aéroport de Voronej était fermé pour 48 heures.\n"
      "Le Kremlin a dénoncé une attaque terroriste.\n"
      "Kharkiv : 5 blessés.\nSoumy : 2 blessés.\nTchernihiv : 7 blessés.\nZaporijjia : 4 blessés.\n"
      "Les autorités ukrainiennes n'ont pas commenté.\n"
      "L'Ukraine a reçu 3 nouveaux systèmes Patriot en février.\n"
      "Le président Volodymyr Zelensky doit se rendre à Washington jeudi.\n",
      "fr");
  const Document en = presegmented(
      "A wave of drones targeted Russia overnight from Saturday to Sunday.\n"
      "Moscow says it intercepted 110 aircraft in six hours.\n"
      "Mayor Sergei Sobyanin reported light damage in Podolsk.\n"
      "Governor Vyacheslav Gladkov announced on Sunday that 14 people had been injured in Belgorod.\n"
      "He said 38 drones had been shot down over the Kursk region.\n"
      "Some 212 schools will remain closed until March 12.\n"
      "Voronezh airport was closed for 48 hours.\n"
      "The Kremlin denounced a terrorist attack.\n"
      "In Ukraine, 5 people were injured in Kharkiv, 2 in Sumy, 7 in Chernihiv and 4 in Zaporizhzhia.\n"
      "Ukrainian authorities did not comment.\n"
      "Ukraine received 3 new Patriot systems in February.\n"
      "President Volodymyr Zelensky is due to travel to Washington on Thursday.\n",
      "en");
  const auto links = linkStrings(AnchorAligner().align(fr, en));
  EXPECT_EQ(links, (std::vector<std::string>{"[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3, 4, 5, 6]", "[4]:[7]",
                                             "[5, 6, 7, 8]:[8]", "[9]:[9]", "[10]:[10]", "[11]:[11]"}));
}

TEST(AnchorAligner, OmissionOfARichSentenceIsConfident) {
  const Document fr = presegmented(
      "Le gouverneur Viatcheslav Gladkov a annoncé 12 blessés à Belgorod dimanche.\n"
      "Selon le ministère russe de la Défense, 38 drones ukrainiens ont été abattus au-dessus de la région.\n"
      "Les écoles de la ville resteront fermées jusqu'à mercredi.\n"
      "Le Kremlin a dénoncé une attaque terroriste.\n",
      "fr");
  const Document en = presegmented(
      "Governor Vyacheslav Gladkov announced 12 injured in Belgorod on Sunday.\n"
      "Schools in the city will remain closed until Wednesday.\n"
      "The Kremlin denounced a terrorist attack.\n",
      "en");
  const Alignment alignment = AnchorAligner().align(fr, en);
  EXPECT_EQ(linkStrings(alignment), (std::vector<std::string>{"[0]:[0]", "[1]:[]", "[2]:[1]", "[3]:[2]"}));
  EXPECT_GE(alignment.links()[1].confidence, 0.8);
  EXPECT_GE(alignment.links()[0].confidence, 0.8);
}

TEST(AnchorAligner, APartialTranslationIsOneLinkNotAnOmissionAndAnAddition) {
  // The third sentence lost most of itself: its length says 1-0 + 0-1; its words (Kursk, Thursday, court),
  // all found in the French, say 1-1.
  const Document fr = presegmented(
      "Le gouverneur Viatcheslav Gladkov a annoncé 12 blessés à Belgorod dimanche.\n"
      "Les écoles de la ville resteront fermées jusqu'à mercredi.\n"
      "Le tribunal de Koursk examinera jeudi la demande d'arrestation de Sergueï Mikhaïlov, ancien "
      "vice-gouverneur de la région, qui nie toute responsabilité dans l'attribution des marchés publics et "
      "dont l'avocat dénonce une affaire politique montée de toutes pièces par ses adversaires.\n"
      "Le Kremlin a dénoncé une attaque terroriste.\n",
      "fr");
  const Document en = presegmented(
      "Governor Vyacheslav Gladkov announced 12 injured in Belgorod on Sunday.\n"
      "Schools in the city will remain closed until Wednesday.\n"
      "A court in Kursk will rule on Thursday.\n"
      "The Kremlin denounced a terrorist attack.\n",
      "en");
  EXPECT_EQ(linkStrings(AnchorAligner().align(fr, en)),
            (std::vector<std::string>{"[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]"}));
}

TEST(AnchorAligner, AnOmissionNextToAnUnrelatedAdditionStaysTwoLinks) {
  const Document fr = presegmented(
      "Le gouverneur Viatcheslav Gladkov a annoncé 12 blessés à Belgorod dimanche.\n"
      "Selon le ministère russe de la Défense, 38 drones ont été abattus au-dessus de la région, dont 15 "
      "près "
      "de Chebekino.\n"
      "Le Kremlin a dénoncé une attaque terroriste.\n",
      "fr");
  const Document en = presegmented(
      "Governor Vyacheslav Gladkov announced 12 injured in Belgorod on Sunday.\n"
      "Voting in the presidential election began on Friday.\n"
      "The Kremlin denounced a terrorist attack.\n",
      "en");
  const auto links = linkStrings(AnchorAligner().align(fr, en));
  EXPECT_NE(std::find(links.begin(), links.end(), "[1]:[]"), links.end());
  EXPECT_NE(std::find(links.begin(), links.end(), "[]:[1]"), links.end());
}

TEST(AnchorAligner, OmissionNextToASentenceOnTheSameTopicIsStillConfident) {
  // The dropped sentence shares "investigación" and "incendios" with its English neighbour, but that
  // neighbour shares more with its own Spanish sentence: the topic, not a misplaced link.
  const Document es = presegmented(
      "El gobernador regional de Valparaíso, Rodrigo Mundaca, informó de que al menos 1.600 personas se "
      "encuentran en albergues habilitados por los municipios.\n"
      "Las autoridades investigan si algunos de los focos fueron intencionales.\n"
      "La Fiscalía Regional de Valparaíso anunció la apertura de una investigación para determinar el origen "
      "de los incendios.\n"
      "El Gobierno decretó el toque de queda en las comunas más afectadas.\n",
      "es");
  const Document en = presegmented(
      "Valparaíso regional governor Rodrigo Mundaca said at least 1,600 people were staying in shelters set "
      "up by the municipalities.\n"
      "Authorities are investigating whether some of the fires were started deliberately.\n"
      "The government imposed a curfew in the worst-hit municipalities.\n",
      "en");
  const Alignment alignment = AnchorAligner().align(es, en);
  ASSERT_EQ(linkStrings(alignment), (std::vector<std::string>{"[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]"}));
  EXPECT_GE(alignment.links()[2].confidence, 0.5);
}

TEST(AnchorAligner, NumbersAndNamesAnchorAcrossScriptsAndFormats) {
  // Same lengths everywhere, so only the anchors can tell which Russian sentence was dropped.
  const Document ru = presegmented(
      "В Бахмуте погибли 1 500 человек.\n"
      "В Херсоне погибли 2 300 человек.\n"
      "В Харькове погибли 4 100 человек.\n",
      "ru");
  const Document en = presegmented(
      "In Bakhmut 1,500 people died.\n"
      "In Kharkiv 4,100 people died.\n",
      "en");
  EXPECT_EQ(linkStrings(AnchorAligner().align(ru, en)),
            (std::vector<std::string>{"[0]:[0]", "[1]:[]", "[2]:[1]"}));
}

TEST(AnchorAligner, UnbalancedInputsAreWarnedAboutAndStillAligned) {
  std::string fr = "Le conseil municipal a voté le budget de 2024.\n", en;
  for (int k = 0; k < 12; ++k)
    en += "The city council voted on budget line " + std::to_string(k) + " today.\n";
  const Alignment alignment = AnchorAligner().align(presegmented(fr, "fr"), presegmented(en, "en"));
  ASSERT_FALSE(alignment.notes.empty());
  EXPECT_NE(alignment.notes[0].find("warning"), std::string::npos);
  std::size_t targets = 0;
  for (const Link& link : alignment.links()) targets += link.target_count;
  EXPECT_EQ(targets, 12u);
}

TEST(AnchorAligner, SaysHowManySentencePairsPinnedItsBand) {
  // "2024" and "Gladkov" are each in one sentence a side (two pins); "budget" is in both sentences.
  const Document fr =
      presegmented("Le budget de 2024 a été voté.\nLe gouverneur Gladkov a critiqué le budget.\n", "fr");
  const Document en =
      presegmented("The 2024 budget was passed.\nGovernor Gladkov criticised the budget.\n", "en");
  const Alignment alignment = AnchorAligner().align(fr, en);
  EXPECT_TRUE(std::any_of(alignment.notes.begin(), alignment.notes.end(), [](const std::string& note) {
    return note.find("band ±32 sentences around 2 pinned sentence pairs") != std::string::npos;
  })) << alignment.notes.back();
}

TEST(AnchorAligner, SaysHowManyLexiconHitsItUsed) {
  if (!std::filesystem::exists("/usr/share/dictd/freedict-fra-eng.index"))
    GTEST_SKIP() << "dict-freedict-fra-eng";
  const Document fr = presegmented("La maison est rouge.\nLe chien dort dans le jardin.\n", "fr");
  const Document en = presegmented("The house is red.\nThe dog sleeps in the garden.\n", "en");
  const Alignment alignment = AnchorAligner().align(fr, en);
  bool found = false;
  for (const std::string& note : alignment.notes)
    found = found || (note.find("lexicon hits") != std::string::npos &&
                      note.find("freedict-fra-eng") != std::string::npos &&
                      note.find(" 0 lexicon hits") == std::string::npos);
  EXPECT_TRUE(found);
}

TEST(AnchorAligner, SaysHowOftenEachKindOfWordMetItsPartner) {
  // The shares the second pass weighs unmatched words by, measured on the first pass's sure 1-1 links.
  const Document fr = presegmented(readFile(kNews / "news01.fr"), "fr");
  const Document en = presegmented(readFile(kNews / "news01.en"), "en");
  const Alignment alignment = AnchorAligner().align(fr, en);
  std::string note;
  for (const std::string& n : alignment.notes)
    if (n.find("met their partner") != std::string::npos) note = n;
  ASSERT_FALSE(note.empty());
  // The numbers of news01's 1-1 links (the 12 billion of the first) are all kept in the translation.
  EXPECT_NE(note.find("numbers 100%"), std::string::npos) << note;
  EXPECT_NE(note.find("other words"), std::string::npos) << note;
}

}  // namespace
}  // namespace concord::aligners
