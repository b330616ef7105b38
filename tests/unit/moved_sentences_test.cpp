// Moved sentences: a sentence the translation put elsewhere is one link across the others, not an omission
// plus an addition; the alignment keeps the two halves consistent and the ranges point at each other.
#include "aligners/moved_sentences.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include <gtest/gtest.h>

#include "aligners/anchor_aligner.h"
#include "aligners/link_format.h"
#include "tests/support/presegmented_document.h"

namespace concord::aligners {
namespace {

Document presegmented(const std::string& text, const std::string& lang) {
  return testing::presegmentedDocument(text, lang);
}

std::vector<std::string> linkStrings(const Alignment& alignment) {
  std::vector<std::string> result;
  for (const IdLink& link : toIdLinks(alignment)) result.push_back(formatIdLink(link));
  return result;
}

// A wire story whose translation moved its sixth sentence up to third place, as an editor does.
const char* const kFrench =
    "Le gouverneur Viatcheslav Gladkov a annoncé dimanche que 12 personnes avaient été blessées à Belgorod.\n"
    "Selon le ministère russe de la Défense, 38 drones ont été abattus au-dessus de la région pendant la "
    "nuit.\n"
    "Le Kremlin a dénoncé une attaque terroriste et promis une riposte.\n"
    "Les écoles de la ville resteront fermées jusqu'à mercredi, a précisé la mairie.\n"
    "Plusieurs immeubles d'habitation ont été endommagés dans le centre-ville.\n"
    "L'Ukraine a revendiqué 3 frappes contre la région de Belgorod depuis janvier.\n"
    "Les autorités ont ouvert une enquête pénale pour terrorisme.\n";
const char* const kEnglishMoved =
    "Governor Vyacheslav Gladkov announced on Sunday that 12 people had been injured in Belgorod.\n"
    "According to the Russian Defence Ministry, 38 drones were shot down over the region during the night.\n"
    "Ukraine has claimed 3 strikes on the Belgorod region since January.\n"
    "The Kremlin denounced a terrorist attack and promised retaliation.\n"
    "The city's schools will remain closed until Wednesday, the town hall said.\n"
    "Several residential buildings were damaged in the city centre.\n"
    "The authorities have opened a criminal investigation for terrorism.\n";

// `text` with the line that starts with `start` replaced by `sentence`.
std::string withLineReplaced(std::string text, std::string_view start, const std::string& sentence) {
  const std::size_t begin = text.find(start);
  return text.replace(begin, text.find('\n', begin) - begin, sentence);
}

// kEnglishMoved with its third sentence (the moved one) replaced.
std::string englishWithThirdSentence(const std::string& sentence) {
  return withLineReplaced(kEnglishMoved, "Ukraine has claimed", sentence);
}

// kFrench with its sixth sentence (the one kEnglishMoved moved) replaced.
std::string frenchWithSixthSentence(const std::string& sentence) {
  return withLineReplaced(kFrench, "L'Ukraine a revendiqué", sentence);
}

// Source 5 is reported as an omission and target 2 as an addition: no link of the pair is a move.
void expectOmissionAndAdditionNotAMove(const Document& fr, const Document& en) {
  const Alignment alignment = AnchorAligner().align(fr, en);
  const auto links = linkStrings(alignment);
  EXPECT_NE(std::find(links.begin(), links.end(), "[5]:[]"), links.end());
  EXPECT_NE(std::find(links.begin(), links.end(), "[]:[2]"), links.end());
  for (const Link& link : alignment.links()) EXPECT_FALSE(link.moved_partner.has_value());
}

TEST(MovedSentences, AMovedTranslationIsOneLinkAcrossTheOthers) {
  const Document fr = presegmented(kFrench, "fr");
  const Document en = presegmented(kEnglishMoved, "en");
  const Alignment alignment = AnchorAligner().align(fr, en);
  const auto links = linkStrings(alignment);
  // In the gold format a moved sentence is one link, written where its first half stands.
  EXPECT_EQ(links, (std::vector<std::string>{"[0]:[0]", "[1]:[1]", "[5]:[2]", "[2]:[3]", "[3]:[4]", "[4]:[5]",
                                             "[6]:[6]"}));
  // The halves: the 1-0 link of source 5 and the 0-1 link of target 2 name each other.
  const Link& omitted = alignment.linkOfSource(5);
  const Link& added = alignment.linkOfTarget(2);
  ASSERT_EQ(omitted.kind(), "1-0");
  ASSERT_EQ(added.kind(), "0-1");
  EXPECT_EQ(alignment.movedPartner(omitted), &added);
  EXPECT_EQ(alignment.movedPartner(added), &omitted);
  EXPECT_GE(omitted.confidence, 0.5);
  EXPECT_TRUE(std::any_of(alignment.notes.begin(), alignment.notes.end(), [](const std::string& note) {
    return note.find("1 sentence out of order") != std::string::npos;
  }));
  // A rule asking for the other side of either sentence gets its translation, not nothing.
  const AlignedPair pair{fr, en, alignment};
  const auto source_of_moved = pair.sourceRangeOfTarget(2);
  ASSERT_TRUE(source_of_moved.has_value());
  EXPECT_EQ(source_of_moved->in(fr.text()).substr(0, 9), "L'Ukraine");
  const auto target_of_moved = pair.targetRangeOfSource(5);
  ASSERT_TRUE(target_of_moved.has_value());
  EXPECT_EQ(target_of_moved->in(en.text()).substr(0, 7), "Ukraine");
}

TEST(MovedSentences, AnOmissionAndAnUnrelatedAdditionAreNotAMove) {
  // The same story with sentence 5 dropped and an unrelated sentence added higher up.
  const Document fr = presegmented(kFrench, "fr");
  const Document en = presegmented(
      englishWithThirdSentence("Voting in the presidential election began on Friday and lasts three days."),
      "en");
  expectOmissionAndAdditionNotAMove(fr, en);
}

TEST(MovedSentences, OnlyWithinTheWindowAndUnderTheCost) {
  const Document fr = presegmented(kFrench, "fr");
  const Document en = presegmented(kEnglishMoved, "en");
  // The two halves stand four links apart (target 2 after link 1, source 5 after link 5).
  AnchorWeights narrow;
  narrow.moved_window = 3;
  AnchorWeights strict;
  strict.moved_cost = -1000;
  AnchorWeights wide;
  wide.moved_window = 4;
  for (const AnchorWeights& weights : {narrow, strict}) {
    const auto links = linkStrings(AnchorAligner(weights).align(fr, en));
    EXPECT_NE(std::find(links.begin(), links.end(), "[5]:[]"), links.end());
    EXPECT_NE(std::find(links.begin(), links.end(), "[]:[2]"), links.end());
  }
  const auto links = linkStrings(AnchorAligner(wide).align(fr, en));
  EXPECT_NE(std::find(links.begin(), links.end(), "[5]:[2]"), links.end());
}

TEST(MovedSentences, AFreelyRewrittenMovedSentenceIsReportedNotPaired) {
  // "L'Ukraine a revendiqué 3 frappes contre la région de Belgorod depuis janvier." rewritten and moved up:
  // it shares the figure and the name, not much else, and costs about −3.4 as a 1-1 link, as much as
  // unrelated sentences of one story can (below). The editor is told of an omission and an addition, not of
  // nothing.
  const Document fr = presegmented(kFrench, "fr");
  const Document en = presegmented(
      englishWithThirdSentence("Kyiv says it has hit the Belgorod area 3 times this year."), "en");
  expectOmissionAndAdditionNotAMove(fr, en);
  // A looser threshold (−3) pairs it.
  AnchorWeights looser;
  looser.moved_cost = -3;
  const auto looser_links = linkStrings(AnchorAligner(looser).align(fr, en));
  EXPECT_NE(std::find(looser_links.begin(), looser_links.end(), "[5]:[2]"), looser_links.end());
}

// kFrench with one more sentence before its last.
std::string frenchWithSentenceBeforeLast(const std::string& sentence) {
  std::string text = kFrench;
  return text.insert(text.find("Les autorités ont ouvert"), sentence + "\n");
}

// The translator moved two source sentences up and made them one: a 2-1 move, not two omissions.
TEST(MovedSentences, TwoSentencesMovedAndMergedAreOneMove) {
  const Document fr =
      presegmented(frenchWithSentenceBeforeLast("Kiev n'a pas commenté l'attaque de dimanche."), "fr");
  const Document en =
      presegmented(englishWithThirdSentence("Ukraine has claimed 3 strikes on the Belgorod region "
                                            "since January, and Kyiv has not commented on "
                                            "Sunday's attack."),
                   "en");
  const Alignment alignment = AnchorAligner().align(fr, en);
  EXPECT_EQ(linkStrings(alignment), (std::vector<std::string>{"[0]:[0]", "[1]:[1]", "[5, 6]:[2]", "[2]:[3]",
                                                              "[3]:[4]", "[4]:[5]", "[7]:[6]"}));
  const Link& moved_source = alignment.linkOfSource(5);
  EXPECT_EQ(moved_source.kind(), "2-0");
  EXPECT_EQ(&alignment.linkOfSource(6), &moved_source);
  ASSERT_NE(alignment.movedPartner(moved_source), nullptr);
  EXPECT_EQ(alignment.movedPartner(moved_source)->kind(), "0-1");
  EXPECT_TRUE(std::any_of(alignment.notes.begin(), alignment.notes.end(), [](const std::string& note) {
    return note.find("2 sentences out of order in 1 move") != std::string::npos;
  }));
  // The other side of the merged translation is both source sentences.
  const AlignedPair pair{fr, en, alignment};
  const auto source_of_moved = pair.sourceRangeOfTarget(2);
  ASSERT_TRUE(source_of_moved.has_value());
  const std::string_view both = source_of_moved->in(fr.text());
  EXPECT_EQ(both.substr(0, 9), "L'Ukraine");
  EXPECT_NE(both.find("Kiev n'a pas comment"), std::string_view::npos);
  // Where an extra sentence must save more than it does, the passage is not joined.
  AnchorWeights single_only;
  single_only.moved_extra_sentence = 1000;
  const auto links = linkStrings(AnchorAligner(single_only).align(fr, en));
  EXPECT_EQ(std::find(links.begin(), links.end(), "[5, 6]:[2]"), links.end());
}

TEST(MovedSentences, AnUnrelatedSentenceOfTheSameStoryIsNoMove) {
  // Source 5 now says "The Defence Ministry did not say what type of drones were used." and was dropped; the
  // translation added a different statement higher up that shares the ministry and the drones (about −3.5
  // as a 1-1 link). Paired, the editor would never hear of the omission: both stay reported.
  const Document fr = presegmented(
      frenchWithSixthSentence("Le ministère de la Défense n'a pas précisé le type de drones."), "fr");
  const Document en = presegmented(
      englishWithThirdSentence("The Defence Ministry published a video of a drone being shot down."), "en");
  expectOmissionAndAdditionNotAMove(fr, en);
}

TEST(MovedSentences, AnOmissionNextToAMovedSentenceStaysAnOmission) {
  // Source 5 moved up as before; source 6, beside it, was dropped: it shares only "région" with it.
  const std::string french = frenchWithSentenceBeforeLast("La région compte 1,5 million d'habitants.");
  const Document fr = presegmented(french, "fr");
  const Document en = presegmented(kEnglishMoved, "en");
  const auto links = linkStrings(AnchorAligner().align(fr, en));
  EXPECT_NE(std::find(links.begin(), links.end(), "[5]:[2]"), links.end());
  EXPECT_NE(std::find(links.begin(), links.end(), "[6]:[]"), links.end());
}

TEST(MovedSentences, TheAlignmentRejectsHalvesThatDoNotMatch) {
  // A 1-0 naming a 1-1 link, and a pair that names only one way, are programming errors.
  std::vector<Link> wrong_kind{{0, 1, 0, 1, 1.0, 0.0, 1}, {1, 1, 1, 0, 1.0, 0.0, 0}};
  EXPECT_THROW(Alignment(wrong_kind, 2, 1), std::logic_error);
  std::vector<Link> one_way{{0, 1, 0, 0, 1.0, 0.0, 1}, {1, 0, 0, 1, 1.0, 0.0, std::nullopt}};
  EXPECT_THROW(Alignment(one_way, 1, 1), std::logic_error);
  std::vector<Link> both_ways{{0, 1, 0, 0, 1.0, 0.0, 1}, {1, 0, 0, 1, 1.0, 0.0, 0}};
  EXPECT_NO_THROW(Alignment(both_ways, 1, 1));
  // A moved passage: two source sentences whose translation is one target sentence elsewhere.
  std::vector<Link> passage{{0, 2, 0, 0, 1.0, 0.0, 1}, {2, 0, 0, 1, 1.0, 0.0, 0}};
  EXPECT_NO_THROW(Alignment(passage, 2, 1));
  std::vector<Link> two_sided{{0, 2, 0, 1, 1.0, 0.0, 1}, {2, 0, 1, 1, 1.0, 0.0, 0}};
  EXPECT_THROW(Alignment(two_sided, 2, 2), std::logic_error);
}

TEST(MovedSentences, GoldFormatWritesAMoveOnceWhereItsFirstHalfStands) {
  // Source 0 moved to after target 1: [0]:[1] first, then the in-order link.
  const Alignment alignment(
      {{0, 1, 0, 0, 0.9, 0.0, 2}, {1, 1, 0, 1, 0.6, 0.0, std::nullopt}, {2, 0, 1, 1, 0.9, 0.0, 0}}, 2, 2);
  EXPECT_EQ(linkStrings(alignment), (std::vector<std::string>{"[0]:[1]", "[1]:[0]"}));
  // The scorer's confidences line up with those links: one for the move, one for the in-order link.
  EXPECT_EQ(idLinkConfidences(alignment), (std::vector<double>{0.9, 0.6}));
}

}  // namespace
}  // namespace concord::aligners
