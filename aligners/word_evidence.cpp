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
  for (SentenceAnchors& a : features.source) {
    for (std::size_t n = 0; n < 3; ++n) {
      a.miss[n] = a.max_gain[n] = 0;
      for (std::size_t k = 0; k < kAnchorKinds; ++k) a.miss[n] += a.unkeyed[k] * oddsOf(p[k], 0).miss;
    }
    for (AnchorWord& word : a.words)
      for (std::size_t n = 0; n < 3; ++n) {
        const Odds odds =
            oddsOf(p[static_cast<std::size_t>(word.kind)], word.chance * static_cast<float>(n + 1));
        word.gain[n] = odds.gain;
        a.miss[n] += odds.miss;
        a.max_gain[n] += odds.gain;
      }
  }
  for (SentenceAnchors& a : features.target) {
    a.miss = a.max_gain = {};
    a.key_gain.resize(a.keys.size());
    for (std::size_t k = 0; k < a.keys.size(); ++k)
      for (std::size_t n = 0; n < 3; ++n) {
        const Odds odds =
            oddsOf(p[static_cast<std::size_t>(a.key_kinds[k])], a.key_chance[k] * static_cast<float>(n + 1));
        a.key_gain[k][n] = odds.gain;
        a.miss[n] += odds.miss;
        a.max_gain[n] += odds.gain;
      }
  }
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
