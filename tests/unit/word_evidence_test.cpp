// Word evidence of the anchor aligner: kinds of anchor words, their chance to match by accident, the
// log-likelihood odds and expectations built on them, and the shares a first pass measures.
#include "aligners/word_evidence.h"

#include <cmath>

#include <gtest/gtest.h>

#include "tests/support/presegmented_document.h"

namespace concord::aligners {
namespace {

Document presegmented(const std::string& text, const std::string& lang) {
  return testing::presegmentedDocument(text, lang);
}

const AnchorWord* wordOfKind(const SentenceAnchors& sentence, AnchorKind kind) {
  for (const AnchorWord& word : sentence.words)
    if (word.kind == kind) return &word;
  return nullptr;
}

std::size_t indexOf(const SentenceAnchors& sentence, const AnchorWord* word) {
  return static_cast<std::size_t>(word - sentence.words.data());
}

// Two short documents, no lexicon: "Kharkiv" and "1500" can meet across the sides, "rapport" cannot.
struct Pair {
  Document fr = presegmented(
      "Selon le rapport, Kharkiv compte 1500 blessés.\n"
      "Les secours sont arrivés dans la nuit.\n",
      "fr");
  Document en = presegmented(
      "In Kharkiv, 1,500 were injured.\n"
      "Rescuers arrived during the night.\n",
      "en");
  Lexicon none;
  AnchorFeatures features = buildAnchorFeatures(fr, en, none);
};

TEST(WordEvidence, WordsAreSortedIntoKinds) {
  const Pair pair;
  const SentenceAnchors& first = pair.features.source[0];
  ASSERT_NE(wordOfKind(first, AnchorKind::number), nullptr);  // 1500 meets 1,500
  ASSERT_NE(wordOfKind(first, AnchorKind::name), nullptr);    // Kharkiv, capitalised inside the sentence
  // "Selon", "rapport", "compte", "blessés" meet nothing in the English: counted, not kept as matchable.
  EXPECT_EQ(first.unkeyed[static_cast<std::size_t>(AnchorKind::other)], 4u);
}

TEST(WordEvidence, GermanCapitalsAreNotNames) {
  const Document de = presegmented("Der Bürgermeister besuchte Kharkiv.\n", "de");
  const Document en = presegmented("The mayor visited Kharkiv.\n", "en");
  const Lexicon none;
  const AnchorFeatures features = buildAnchorFeatures(de, en, none);
  const AnchorWord* kharkiv = wordOfKind(features.source[0], AnchorKind::other);
  ASSERT_NE(kharkiv, nullptr);
  EXPECT_EQ(wordOfKind(features.source[0], AnchorKind::name), nullptr);
}

TEST(WordEvidence, OddsFollowTheMatchChanceAndTheChanceOfAnAccident) {
  Pair pair;
  AnchorExpectations match;
  match.of = {0.9f, 0.7f, 0.5f, 0.2f};
  applyMatchOdds(pair.features, match);
  const AnchorWord* number = wordOfKind(pair.features.source[0], AnchorKind::number);
  ASSERT_NE(number, nullptr);
  // 1,500 is in one of the two English sentences: chance 1/2.
  EXPECT_FLOAT_EQ(number->chance, 0.5f);
  const double q = 0.5, p = 0.9;
  const SentenceAnchors& first = pair.features.source[0];
  EXPECT_NEAR(first.gains[0][indexOf(first, number)], std::log(p / q) - std::log((1 - p) / (1 - q)), 1e-5);
  // Against two sentences at once the chance of an accident doubles (to 1 here ≥ p): no evidence left.
  EXPECT_FLOAT_EQ(first.gains[1][indexOf(first, number)], 0.0f);
  // The sentence with every word unmatched: four unmatchable other words log(1 − 0.2) each, plus the
  // number's and the name's log((1 − p)/(1 − q)).
  const AnchorWord* name = wordOfKind(pair.features.source[0], AnchorKind::name);
  ASSERT_NE(name, nullptr);
  const double expected_miss = 4 * std::log(0.8) + std::log((1 - 0.9) / (1 - number->chance)) +
                               std::log((1 - 0.7) / (1 - name->chance));
  EXPECT_NEAR(pair.features.source[0].miss[0], expected_miss, 1e-4);
}

TEST(WordEvidence, AMatchedNameOutweighsItsAbsence) {
  Pair pair;
  AnchorExpectations match;
  match.of = {0.9f, 0.7f, 0.5f, 0.2f};
  applyMatchOdds(pair.features, match);
  const PairMatch right = matchPair(pair.features.source[0], pair.features.target[0]);
  const PairMatch wrong = matchPair(pair.features.source[0], pair.features.target[1]);
  EXPECT_GT(right.gain, 0.0f);
  EXPECT_FLOAT_EQ(wrong.gain, 0.0f);
  // Each side's view: the English keys of sentence 0 were met too.
  EXPECT_GT(right.target_gain, 0.0f);
  EXPECT_NE(right.source_mask, 0u);
}

TEST(WordEvidence, ExpectationsWeighUnmatchedWordsByKind) {
  Pair pair;
  AnchorExpectations expectations;
  expectations.of = {2.0f, 1.0f, 0.5f, 0.0f};
  applyExpectations(pair.features, expectations);
  const SentenceAnchors& first = pair.features.source[0];
  const auto weight = [&](AnchorKind kind) { return first.weight_by_kind[static_cast<std::size_t>(kind)]; };
  // Other words count nothing, the number twice its weight.
  EXPECT_FLOAT_EQ(first.expected, 2.0f * weight(AnchorKind::number) + weight(AnchorKind::name));
}

TEST(WordEvidence, CountsWhichKindsMetTheirPartner) {
  const Pair pair;
  const KindMatchCounts counts = countKindMatches(pair.features, {{0, 0}});
  const auto number = static_cast<std::size_t>(AnchorKind::number);
  const auto other = static_cast<std::size_t>(AnchorKind::other);
  // The number met its partner on both sides.
  EXPECT_GT(counts.total[number], 0.0);
  EXPECT_DOUBLE_EQ(counts.matched[number], counts.total[number]);
  // No other word of the first pair met its partner (no lexicon, no shared spelling), though it had four.
  EXPECT_GT(counts.total[other], 0.0);
  EXPECT_DOUBLE_EQ(counts.matched[other], 0.0);
}

}  // namespace
}  // namespace concord::aligners
