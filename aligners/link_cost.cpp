#include "aligners/link_cost.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <utility>

namespace concord::aligners {
namespace {

struct MoveKind {
  BandMove move;
  double
      prior;  // Gale & Church's priors; 1-3/3-1 and 2-3/3-2 (GC has neither) get small masses of their own:
              // 2-3/3-2 are ~2 % of Text+Berg dev links, and 0.003 each was the best on dev and its variants.
              // 1-4/4-1 (6 of dev's 422 links) need words to win: five sentences gather so much evidence
              // that a prior as small as 1e-12 still lets some through, and from 1e-5 on they swallow the
              // neighbouring 0-1 links of short gettext strings; 1e-6 gains on every Text+Berg set, no loss.
};

constexpr MoveKind kMoves[] = {{{1, 1}, 0.89},      {{1, 0}, 0.0099 / 2}, {{0, 1}, 0.0099 / 2},
                               {{2, 1}, 0.089 / 2}, {{1, 2}, 0.089 / 2},  {{2, 2}, 0.011},
                               {{2, 3}, 0.003},     {{3, 2}, 0.003},      {{3, 1}, 0.001},
                               {{1, 3}, 0.001},     {{4, 1}, 1e-6},       {{1, 4}, 1e-6}};

double twoSidedTail(double z) { return std::erfc(std::fabs(z) / std::sqrt(2.0)); }

// −log of the two-sided normal tail, floored at 1e-12 as P(δ) is: read from a table with linear
// interpolation (the DP asks for it millions of times on a long document; erfc and log dominated the run).
class LengthCostTable {
 public:
  LengthCostTable() {
    for (std::size_t k = 0; k < kSize; ++k)
      costs_[k] = -std::log(std::max(twoSidedTail(static_cast<double>(k) / kPerUnit), kFloor));
  }
  double operator()(double z) const {
    const double x = std::fabs(z) * kPerUnit;
    if (x >= static_cast<double>(kSize - 1)) return -std::log(std::max(twoSidedTail(z), kFloor));
    const auto k = static_cast<std::size_t>(x);
    const double f = x - static_cast<double>(k);
    return costs_[k] + f * (costs_[k + 1] - costs_[k]);
  }

 private:
  static constexpr double kPerUnit = 64.0, kFloor = 1e-12;
  static constexpr std::size_t kSize = 8 * 64 + 1;  // |δ| up to 8; beyond, the tail is computed
  std::array<double, kSize> costs_{};
};

const LengthCostTable& lengthCost() {
  static const LengthCostTable table;
  return table;
}

double priorCost(const BandMove& move) {
  // One entry per source × target count up to kMaxLinkSide; other shapes cost as a prior of 1e-4.
  constexpr std::size_t kSide = kMaxLinkSide + 1;
  static const std::array<double, kSide* kSide> costs = [] {
    std::array<double, kSide * kSide> table{};
    table.fill(-std::log(1e-4));
    for (const MoveKind& k : kMoves) table[k.move.source * kSide + k.move.target] = -std::log(k.prior);
    return table;
  }();
  return costs[std::min<std::size_t>(move.source, kMaxLinkSide) * kSide +
               std::min<std::size_t>(move.target, kMaxLinkSide)];
}

// How much a sentence that met nothing in its merged link says against the merge: its numbers and names
// would have met their partners had it belonged there (1 from about one number or name on; ordinary words
// are too often translated away to count).
double deadWeight(const SentenceAnchors& a) {
  const double strong = a.weight_by_kind[static_cast<std::size_t>(AnchorKind::number)] +
                        a.weight_by_kind[static_cast<std::size_t>(AnchorKind::name)];
  return std::min(1.0, strong / 1.5);
}

// Index of SentenceAnchors::gains, miss and max_gain for a link with `count` sentences on the other side.
std::size_t othersIndex(std::size_t count) { return std::min(count, kMaxLinkSide) - 1; }

}  // namespace

const std::vector<BandMove>& anchorMoves() {
  static const std::vector<BandMove> moves = [] {
    std::vector<BandMove> list;
    for (const MoveKind& k : kMoves) list.push_back(k.move);
    return list;
  }();
  return moves;
}

std::size_t anchorMoveIndex(int source, int target) {
  const auto& moves = anchorMoves();
  return static_cast<std::size_t>(
      std::find_if(moves.begin(), moves.end(),
                   [&](const BandMove& m) { return m.source == source && m.target == target; }) -
      moves.begin());
}

double LinkScore::lengthP() const { return std::exp(-length_cost); }

double LinkScore::confidence() const {
  return std::clamp(0.3 + 0.7 * std::max(std::min(1.0, dice / 0.3), 0.8 * lengthP()), 0.0, 1.0);
}

// 8192 slots: the band's working set (a few rows of ±32 cells) fits, and so does the L2 cache.
PairCache::PairCache(const AnchorFeatures& f) : features_(f), slots_(1u << 13) {}

void PairCache::fill(Slot& slot, std::size_t s, std::size_t t) {
  slot.s = s;
  slot.t = t;
  slot.match = matchPair(features_.source[s], features_.target[t]);
}

LinkCostModel::LinkCostModel(const AnchorFeatures& f, AnchorWeights w, double ratio, double variance,
                             bool paragraphs)
    : f_(f), w_(std::move(w)), ratio_(ratio), variance_(variance), paragraphs_(paragraphs), cache_(f) {}

LinkScore LinkCostModel::score(std::size_t i, std::size_t j, const BandMove& move) {
  LinkScore result;
  if (move.source == 0 || move.target == 0) {
    result.cost = w_.skip;
    return result;
  }
  const std::size_t s0 = i - move.source, t0 = j - move.target;
  // Dice: matched weight on both sides against matched + unmatched weight × expectation (see
  // AnchorExpectations). Evidence: each sentence's all-unmatched log-likelihood plus the gains of the words
  // that did match; a word that meets two sentences of the other side gains once (the masks).
  double ls = 0, lt = 0, matched = 0, unmatched = 0, evidence = 0, dead = 0;
  std::array<int, kPunctuationKinds> punct{};
  std::array<double, kMaxLinkSide> target_weight{}, target_expected{}, target_gain{};
  std::array<std::uint64_t, kMaxLinkSide> target_masks{};
  const std::size_t source_others = othersIndex(move.target), target_others = othersIndex(move.source);
  for (std::size_t s = s0; s < i; ++s) {
    const SentenceAnchors& a = f_.source[s];
    ls += a.length;
    double m = 0, e = 0, g = 0;
    std::uint64_t mask = 0;
    for (std::size_t t = t0; t < j; ++t) {
      const PairMatch& match = cache_.at(s, t);
      m += match.weight;
      e += match.expected;
      target_weight[t - t0] += match.target_weight;
      target_expected[t - t0] += match.target_expected;
      // Against one sentence the pair's own sums hold; against several, a word that meets two of them
      // counts once, at the gain for that many sentences.
      if (move.target == 1)
        g = match.gain;
      else
        mask |= match.source_mask;
      if (move.source == 1)
        target_gain[t - t0] = match.target_gain;
      else
        target_masks[t - t0] |= match.target_mask;
    }
    for (std::uint64_t bits = mask; bits != 0; bits &= bits - 1)
      g += a.gains[source_others][static_cast<std::size_t>(std::countr_zero(bits))];
    matched += std::min<double>(m, a.weight);
    unmatched += std::max(0.0, a.expected - e);
    if (m == 0 && move.source + move.target > 2) dead += deadWeight(a);
    evidence += a.miss[source_others] + std::min<double>(g, a.max_gain[source_others]);
    for (std::size_t k = 0; k < kPunctuationKinds; ++k) punct[k] += a.punctuation[k];
  }
  for (std::size_t t = t0; t < j; ++t) {
    const SentenceAnchors& a = f_.target[t];
    const std::size_t k = t - t0;
    lt += a.length;
    matched += std::min<double>(target_weight[k], a.weight);
    unmatched += std::max(0.0, a.expected - target_expected[k]);
    if (target_weight[k] == 0 && move.source + move.target > 2) dead += deadWeight(a);
    double g = target_gain[k];
    for (std::uint64_t bits = target_masks[k]; bits != 0; bits &= bits - 1)
      g += a.gains[target_others][static_cast<std::size_t>(std::countr_zero(bits))];
    evidence += a.miss[target_others] + std::min<double>(g, a.max_gain[target_others]);
    for (std::size_t p = 0; p < kPunctuationKinds; ++p) punct[p] -= a.punctuation[p];
  }
  int punct_diff = 0;
  for (int d : punct) punct_diff += std::abs(d);
  finish(result, i, j, move, ls, lt, punct_diff, matched, unmatched, evidence);
  result.cost += w_.dead_member * dead;
  return result;
}

double LinkCostModel::cost(std::size_t i, std::size_t j, const BandMove& move) {
  if (move.source != 1 || move.target != 1) return score(i, j, move).cost;
  // score() for one sentence a side: the pair's own sums hold, no masks, no arrays.
  const SentenceAnchors &a = f_.source[i - 1], &b = f_.target[j - 1];
  const PairMatch& match = cache_.at(i - 1, j - 1);
  const double matched =
      std::min<double>(match.weight, a.weight) + std::min<double>(match.target_weight, b.weight);
  const double unmatched = std::max(0.0, double{a.expected} - match.expected) +
                           std::max(0.0, double{b.expected} - match.target_expected);
  const double evidence = double{a.miss[0]} + std::min<double>(match.gain, a.max_gain[0]) + b.miss[0] +
                          std::min<double>(match.target_gain, b.max_gain[0]);
  int punct_diff = 0;
  for (std::size_t k = 0; k < kPunctuationKinds; ++k)
    punct_diff += std::abs(a.punctuation[k] - b.punctuation[k]);
  LinkScore result;
  return finish(result, i, j, move, a.length, b.length, punct_diff, matched, unmatched, evidence);
}

double LinkCostModel::finish(LinkScore& result, std::size_t i, std::size_t j, const BandMove& move, double ls,
                             double lt, int punct_diff, double matched, double unmatched,
                             double evidence) const {
  const double mean = (ls + lt / ratio_) / 2.0;
  const double delta = mean > 0 ? (lt - ls * ratio_) / std::sqrt(mean * variance_) : 0.0;
  result.length_cost = lengthCost()(delta);
  result.dice = matched + unmatched > 0 ? matched / (matched + unmatched) : 0.0;
  result.evidence = evidence;
  result.cost = priorCost(move) + w_.length * result.length_cost - w_.lexical * result.dice -
                w_.likelihood * evidence + w_.punctuation * std::min(punct_diff, 3);
  if (paragraphs_) {
    const std::size_t s0 = i - move.source, t0 = j - move.target;
    const bool s_end = f_.source[i - 1].paragraph_end, t_end = f_.target[j - 1].paragraph_end;
    if (s_end != t_end) result.cost += w_.paragraph;
    for (std::size_t s = s0; s + 1 < i; ++s)
      if (f_.source[s].paragraph_end) result.cost += w_.paragraph;
    for (std::size_t t = t0; t + 1 < j; ++t)
      if (f_.target[t].paragraph_end) result.cost += w_.paragraph;
  }
  return result.cost;
}

}  // namespace concord::aligners
