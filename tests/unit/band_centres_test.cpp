// Pass 1's band centres: the characters read on both sides, pulled back where a word held by one sentence a
// side pins the path down.
#include "aligners/band_centres.h"

#include <string>

#include <gtest/gtest.h>

#include "aligners/lexicon.h"
#include "tests/support/presegmented_document.h"

namespace concord::aligners {
namespace {

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

AnchorFeatures featuresOf(const std::string& french, const std::string& english) {
  static const Lexicon no_lexicon;
  return buildAnchorFeatures(testing::presegmentedDocument(french, "fr"),
                             testing::presegmentedDocument(english, "en"), no_lexicon);
}

TEST(BandCentres, APinIsAWordHeldByOneSentenceOnEachSide) {
  // "Gladkov" is in two sentences a side, "victimes"/"victims" in every one: neither pins anything down;
  // "20" does.
  const AnchorFeatures features =
      featuresOf("Gladkov parle aux victimes.\nIl y a 20 victimes.\nGladkov compte les victimes.\n",
                 "Gladkov speaks to the victims.\nThere are 20 victims.\nGladkov counts the victims.\n");
  EXPECT_EQ(pinnedPairs(features), (Pairs{{1, 1}}));
}

TEST(BandCentres, APairOutOfOrderFallsOutOfTheChain) {
  // Source sentence 1's "20" turns up in target sentence 3: the pins that rise on both sides outnumber it.
  const AnchorFeatures features = featuresOf(
      "Il y a 10 victimes.\nIl y a 20 victimes.\nIl y a 30 victimes.\nIl y a 40 victimes.\nIl y a 50 "
      "victimes.\n",
      "There are 10 victims.\nThere are 99 victims.\nThere are 30 victims.\nThere are 40 victims, not 20.\n"
      "There are 50 victims.\n");
  EXPECT_EQ(pinnedPairs(features), (Pairs{{0, 0}, {2, 2}, {3, 3}, {4, 4}}));
}

TEST(BandCentres, PinsPullTheLineToWhereThePathIs) {
  // Eight target sentences the source does not have stand first: the characters alone would put the band's
  // centre eight sentences off at the start, and spread the error over the document; the pins put each row
  // where its sentence's translation is.
  std::string french, english;
  for (int k = 0; k < 8; ++k) english += "The weather was mild that morning in the high valley.\n";
  for (int k = 0; k < 10; ++k) {
    french += "Le bilan est de " + std::to_string(101 + k) + " morts selon la préfecture.\n";
    english += "The toll is " + std::to_string(101 + k) + " dead according to the prefecture.\n";
  }
  const AnchorFeatures features = featuresOf(french, english);
  const std::vector<double> centres = bandCentres(features, 1.0, pinnedPairs(features));
  ASSERT_EQ(centres.size(), 11u);
  EXPECT_EQ(centres.front(), 0.0);
  EXPECT_EQ(centres.back(), 18.0);
  for (std::size_t s = 0; s + 1 < 10; ++s) EXPECT_EQ(centres[s + 1], 8.0 + s + 1) << "row " << s + 1;
}

TEST(BandCentres, WithoutPinsTheCharactersSetTheLine) {
  // Sentences of equal length and no shared word: row i sits at target i.
  const AnchorFeatures features =
      featuresOf("Aaaa bbbb.\nCccc dddd.\nEeee ffff.\n", "Gggg hhhh.\nIiii jjjj.\nKkkk llll.\n");
  EXPECT_TRUE(pinnedPairs(features).empty());
  EXPECT_EQ(bandCentres(features, 1.0, pinnedPairs(features)), (std::vector<double>{0, 1, 2, 3}));
}

}  // namespace
}  // namespace concord::aligners
