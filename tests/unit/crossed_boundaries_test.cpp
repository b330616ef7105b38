// Two 1-1 links whose sentence boundary moved become one 2-2 only when words cross the boundary.
#include "aligners/crossed_boundaries.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "aligners/lexicon.h"
#include "aligners/sentence_anchors.h"
#include "tests/support/presegmented_document.h"

namespace concord::aligners {
namespace {

// The French says where the afternoon resumption happened in its first sentence; the English in its second.
const char* const kFrench =
    "Air France a suspendu 40 vols jusqu'à midi, puis les a rétablis après 15 heures.\n"
    "Les passagers vers Lyon ont attendu.\n";

// The two sentence pairs as the search would leave them (two 1-1 links), after the pass.
std::vector<BandStep> afterPass(const std::string& english, int min_crossing, double min_length_gain) {
  const Document fr = testing::presegmentedDocument(kFrench, "fr");
  const Document en = testing::presegmentedDocument(english, "en");
  const Lexicon no_lexicon;
  const AnchorFeatures features = buildAnchorFeatures(fr, en, no_lexicon);
  LinkCostModel model(features, AnchorWeights{}, 1.1, 6.8, false);
  std::vector<BandStep> steps{{anchorMoveIndex(1, 1), 0, 0, 0.0}, {anchorMoveIndex(1, 1), 1, 1, 0.0}};
  mergeCrossedBoundaries(steps, anchorMoves(), model, min_crossing, min_length_gain);
  return steps;
}

TEST(CrossedBoundaries, AFigureMetAcrossTheBoundaryMakesOneTwoToTwoLink) {
  const auto steps = afterPass(
      "Air France suspended 40 flights until noon.\n"
      "Flights resumed after 15:00, while passengers bound for Lyon waited for hours at the terminal.\n",
      1, 5);
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].move, anchorMoveIndex(2, 2));
  EXPECT_EQ(steps[0].source_begin, 0u);
  EXPECT_EQ(steps[0].target_begin, 0u);
}

TEST(CrossedBoundaries, WithoutAWordAcrossTheBoundaryTheLinksStay) {
  // The same lengths, but nothing of the first French sentence is in the second English one.
  const std::string english =
      "Air France suspended 40 flights until noon.\n"
      "Flights resumed in the afternoon, while passengers bound for Lyon waited for hours at the terminal.\n";
  EXPECT_EQ(afterPass(english, 1, 5).size(), 2u);
  EXPECT_EQ(afterPass(english, 0, 5).size(), 1u)
      << "the lengths do favour a 2-2: only the words keep it apart";
}

TEST(CrossedBoundaries, LengthsThatAgreeAsTwoLinksKeepThemApart) {
  // The figure crosses (15 is in the second English sentence), but the lengths agree pair by pair.
  const std::string english =
      "Air France suspended 40 flights until noon, then brought them back.\n"
      "Passengers for Lyon waited until 15:00.\n";
  EXPECT_EQ(afterPass(english, 1, 5).size(), 2u);
  EXPECT_EQ(afterPass(english, 1, -100).size(), 1u)
      << "the word does cross: only the lengths keep them apart";
}

}  // namespace
}  // namespace concord::aligners
