#include "aligners/word_evidence.h"

#include <algorithm>
#include <cmath>

namespace concord::aligners {
namespace {

struct Odds {
  float gain = 0, miss = 0;
};
// A word met with probability p in a correct link and q by chance: log(p/q) when matched, log((1−p)/(1−q))
// when not; a word that matches no more often in correct links than by chance is no evidence either way.
Odds oddsOf(float p, float q) {
  if (q >= p) return {0, 0};
  const double miss = std::log((1.0 - p) / (1.0 - q));
  return {static_cast<float>(std::log(p / std::max(q, 1e-4f)) - miss), static_cast<float>(miss)};
}
}  // namespace

void applyMatchOdds(AnchorFeatures& features, const AnchorExpectations& match) {
  std::array<float, kAnchorKinds> p{};
  for (std::size_t k = 0; k < kAnchorKinds; ++k) p[k] = std::clamp(match.of[k], 0.02f, 0.98f);
  // Sets a sentence's miss, max_gain and gains from its matchable words' kinds and chances.
  auto setSentence = [&](SentenceAnchors& a, std::size_t count, auto kindOf, auto chanceOf) {
    for (std::size_t n = 0; n < kMaxLinkSide; ++n) {
      a.miss[n] = a.max_gain[n] = 0;
      for (std::size_t k = 0; k < kAnchorKinds; ++k) a.miss[n] += a.unkeyed[k] * oddsOf(p[k], 0).miss;
      a.gains[n].resize(count);
      for (std::size_t w = 0; w < count; ++w) {
        const Odds odds =
            oddsOf(p[static_cast<std::size_t>(kindOf(w))], chanceOf(w) * static_cast<float>(n + 1));
        a.gains[n][w] = odds.gain;
        a.miss[n] += odds.miss;
        a.max_gain[n] += odds.gain;
      }
    }
  };
  for (SentenceAnchors& a : features.source)
    setSentence(
        a, a.words.size(), [&](std::size_t w) { return a.words[w].kind; },
        [&](std::size_t w) { return a.words[w].chance; });
  for (SentenceAnchors& a : features.target)
    setSentence(
        a, a.keys.size(), [&](std::size_t k) { return a.key_kinds[k]; },
        [&](std::size_t k) { return a.key_chance[k]; });
}

void applyExpectations(AnchorFeatures& features, const AnchorExpectations& expectations) {
  auto total = [&](const SentenceAnchors& a) {
    float sum = 0;
    for (std::size_t k = 0; k < kAnchorKinds; ++k) sum += a.weight_by_kind[k] * expectations.of[k];
    return sum;
  };
  for (SentenceAnchors& a : features.source) {
    for (AnchorWord& word : a.words) word.expected = word.weight * expectations[word.kind];
    a.expected = total(a);
  }
  for (SentenceAnchors& a : features.target) {
    a.key_expected.resize(a.keys.size());
    for (std::size_t k = 0; k < a.keys.size(); ++k)
      a.key_expected[k] = a.key_weights[k] * expectations[a.key_kinds[k]];
    a.expected = total(a);
  }
}

KindMatchCounts countKindMatches(const AnchorFeatures& features,
                                 const std::vector<std::pair<std::size_t, std::size_t>>& pairs) {
  KindMatchCounts counts;
  std::vector<bool> target_hit;
  for (const auto& [s, t] : pairs) {
    const SentenceAnchors &a = features.source[s], &b = features.target[t];
    for (std::size_t k = 0; k < kAnchorKinds; ++k)
      counts.total[k] += a.weight_by_kind[k] + b.weight_by_kind[k];
    target_hit.assign(b.keys.size(), false);
    for (const AnchorWord& word : a.words)
      for (std::uint32_t key : word.keys) {
        const auto found = std::lower_bound(b.keys.begin(), b.keys.end(), key);
        if (found == b.keys.end() || *found != key) continue;
        counts.matched[static_cast<std::size_t>(word.kind)] += word.weight;
        target_hit[static_cast<std::size_t>(found - b.keys.begin())] = true;
        break;
      }
    for (std::size_t k = 0; k < b.keys.size(); ++k)
      if (target_hit[k]) counts.matched[static_cast<std::size_t>(b.key_kinds[k])] += b.key_weights[k];
  }
  return counts;
}

}  // namespace concord::aligners
