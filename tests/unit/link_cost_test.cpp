// The link cost model owns its weights: a caller's temporary or later-changed weights cannot reach it.
#include "aligners/link_cost.h"

#include <type_traits>

#include <gtest/gtest.h>

#include "aligners/lexicon.h"
#include "aligners/sentence_anchors.h"
#include "tests/support/presegmented_document.h"

namespace concord::aligners {
namespace {

TEST(LinkCostModel, KeepsItsOwnCopyOfTheWeights) {
  const Document fr = testing::presegmentedDocument("Le train est parti.\n", "fr");
  const Document en = testing::presegmentedDocument("The train left.\n", "en");
  const Lexicon no_lexicon;
  const AnchorFeatures features = buildAnchorFeatures(fr, en, no_lexicon);
  AnchorWeights weights;
  weights.skip = 3.0;
  LinkCostModel model(features, weights, 1.1, 6.8, false);
  weights.skip = 99.0;  // the caller's copy changes (or, for a temporary, dies) after construction
  EXPECT_EQ(model.score(1, 0, BandMove{1, 0}).cost, 3.0);
}

TEST(LinkCostModel, RefusesTemporaryFeatures) {
  static_assert(
      !std::is_constructible_v<LinkCostModel, AnchorFeatures&&, AnchorWeights, double, double, bool>);
  static_assert(
      std::is_constructible_v<LinkCostModel, const AnchorFeatures&, AnchorWeights, double, double, bool>);
}

}  // namespace
}  // namespace concord::aligners
