#include "aligners/band_centres.h"

#include <algorithm>
#include <cstdint>

namespace concord::aligners {
namespace {

// How many sentences of one side hold a key, and the last of them.
struct KeySentences {
  std::uint32_t count = 0;
  std::uint32_t sentence = 0;
};

void count(std::vector<KeySentences>& table, std::uint32_t key, std::size_t sentence) {
  if (key >= table.size()) table.resize(static_cast<std::size_t>(key) + 1);
  KeySentences& entry = table[key];
  if (entry.count > 0 && entry.sentence == sentence) return;  // a word repeated in one sentence
  ++entry.count;
  entry.sentence = static_cast<std::uint32_t>(sentence);
}

// The longest chain of `pairs` rising strictly on both sides: patience sorting on the targets, O(k log k),
// with the pairs of one source sentence taken in falling target order so that at most one of them joins.
std::vector<std::pair<std::size_t, std::size_t>> longestRisingChain(
    std::vector<std::pair<std::size_t, std::size_t>> pairs) {
  std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : x.second > y.second;
  });
  // tails[l]: the pair that ends a chain of length l + 1 at the lowest target.
  std::vector<std::size_t> tails;
  std::vector<std::size_t> previous(pairs.size(), SIZE_MAX);
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const auto place =
        std::lower_bound(tails.begin(), tails.end(), pairs[k].second,
                         [&](std::size_t tail, std::size_t t) { return pairs[tail].second < t; });
    if (place != tails.begin()) previous[k] = *(place - 1);
    if (place == tails.end())
      tails.push_back(k);
    else
      *place = k;
  }
  std::vector<std::pair<std::size_t, std::size_t>> chain;
  for (std::size_t k = tails.empty() ? SIZE_MAX : tails.back(); k != SIZE_MAX; k = previous[k])
    chain.push_back(pairs[k]);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> pinnedPairs(const AnchorFeatures& features) {
  std::vector<KeySentences> in_source, in_target;
  for (std::size_t t = 0; t < features.target.size(); ++t)
    for (const std::uint32_t key : features.target[t].keys) count(in_target, key, t);
  for (std::size_t s = 0; s < features.source.size(); ++s)
    for (const AnchorWord& word : features.source[s].words)
      if (word.direct > 0) count(in_source, word.keys.front(), s);
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t key = 0; key < std::min(in_source.size(), in_target.size()); ++key)
    if (in_source[key].count == 1 && in_target[key].count == 1)
      pairs.emplace_back(in_source[key].sentence, in_target[key].sentence);
  return longestRisingChain(std::move(pairs));
}

std::vector<double> bandCentres(const AnchorFeatures& features, double ratio,
                                const std::vector<std::pair<std::size_t, std::size_t>>& pins) {
  const std::size_t n = features.source.size(), m = features.target.size();
  std::vector<double> centres(n + 1, 0.0);
  double read_source = 0, read_target = 0;
  std::size_t j = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    if (i > 0) read_source += features.source[i - 1].length;
    const double wanted = read_source * ratio;
    while (j < m && read_target + features.target[j].length / 2 < wanted)
      read_target += features.target[j++].length;
    centres[i] = static_cast<double>(j);
  }
  centres[n] = static_cast<double>(m);
  // A pinned pair (s, t) puts the path through row s + 1 at column t + 1; between two pins, and between a
  // pin and a document end (where the line is exact), the correction is interpolated linearly.
  std::vector<std::pair<std::size_t, double>> offsets{{0, 0.0}};
  for (const auto& [s, t] : pins)
    if (s + 1 < n) offsets.emplace_back(s + 1, static_cast<double>(t + 1) - centres[s + 1]);
  offsets.emplace_back(n, 0.0);
  for (std::size_t k = 0; k + 1 < offsets.size(); ++k) {
    const auto [from, from_offset] = offsets[k];
    const auto [to, to_offset] = offsets[k + 1];
    for (std::size_t i = from; i < to; ++i) {
      const double f = static_cast<double>(i - from) / static_cast<double>(to - from);
      centres[i] =
          std::clamp(centres[i] + from_offset + f * (to_offset - from_offset), 0.0, static_cast<double>(m));
    }
  }
  return centres;
}

}  // namespace concord::aligners
