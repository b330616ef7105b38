#include "aligners/anchor_aligner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <sstream>

#include "aligners/banded_dp.h"
#include "aligners/lexicon.h"
#include "aligners/sentence_anchors.h"

namespace concord::aligners {
namespace {

struct MoveKind {
  BandMove move;
  double
      prior;  // Gale & Church's priors; 1-3/3-1 and 2-3/3-2 (GC has neither) get small masses of their own:
              // 2-3/3-2 are ~2 % of Text+Berg dev links, and 0.003 each was the best on dev and its variants
};

constexpr MoveKind kMoves[] = {
    {{1, 1}, 0.89},  {{1, 0}, 0.0099 / 2}, {{0, 1}, 0.0099 / 2}, {{2, 1}, 0.089 / 2}, {{1, 2}, 0.089 / 2},
    {{2, 2}, 0.011}, {{3, 1}, 0.001},      {{1, 3}, 0.001},      {{2, 3}, 0.003},     {{3, 2}, 0.003}};

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

// Pairwise matches are needed again and again by neighbouring cells; a direct-mapped cache keeps memory flat.
class PairCache {
 public:
  explicit PairCache(const AnchorFeatures& f) : features_(f), slots_(1u << 16) {}
  const PairMatch& at(std::size_t s, std::size_t t) {
    Slot& slot = slots_[(s * 2654435761u ^ t * 40503u) & (slots_.size() - 1)];
    if (slot.s != s || slot.t != t) {
      slot.s = s;
      slot.t = t;
      slot.match = matchPair(features_.source[s], features_.target[t]);
    }
    return slot.match;
  }

 private:
  struct Slot {
    std::size_t s = SIZE_MAX, t = SIZE_MAX;
    PairMatch match;
  };
  const AnchorFeatures& features_;
  std::vector<Slot> slots_;
};

struct LinkScore {
  double cost = 0;
  double dice = 0;
  double length_cost = 0;  ///< −log P(δ)
  double lengthP() const { return std::exp(-length_cost); }
};

class CostModel {
 public:
  CostModel(const AnchorFeatures& f, const AnchorWeights& w, double ratio, double variance, bool paragraphs)
      : f_(f), w_(w), ratio_(ratio), variance_(variance), paragraphs_(paragraphs), cache_(f) {}

  LinkScore score(std::size_t i, std::size_t j, const BandMove& move) {
    LinkScore result;
    if (move.source == 0 || move.target == 0) {
      result.cost = w_.skip;
      return result;
    }
    double ls = 0, lt = 0, ws = 0, wt = 0, matched = 0;
    int punct_diff = 0;
    std::array<int, kPunctuationKinds> punct{};
    double orphans = 0;  // sentences of a merged side that share no anchor with the other side
    std::array<double, 3> target_matched{};
    for (std::size_t s = i - move.source; s < i; ++s) {
      const SentenceAnchors& a = f_.source[s];
      ls += a.length;
      ws += a.weight;
      double m = 0;
      for (std::size_t t = j - move.target; t < j; ++t) {
        const float w = cache_.at(s, t).weight;
        m += w;
        target_matched[t - (j - move.target)] += w;
      }
      matched += std::min<double>(m, a.weight);
      if (move.source > 1 && m == 0) orphans += std::min(1.0, a.weight / 3.0);
      for (std::size_t k = 0; k < kPunctuationKinds; ++k) punct[k] += a.punctuation[k];
    }
    for (std::size_t t = j - move.target; t < j; ++t) {
      const SentenceAnchors& a = f_.target[t];
      lt += a.length;
      wt += a.weight;
      if (move.target > 1 && target_matched[t - (j - move.target)] == 0)
        orphans += std::min(1.0, a.weight / 3.0);
      for (std::size_t k = 0; k < kPunctuationKinds; ++k) punct[k] -= a.punctuation[k];
    }
    for (int d : punct) punct_diff += std::abs(d);
    const double mean = (ls + lt / ratio_) / 2.0;
    const double delta = mean > 0 ? (lt - ls * ratio_) / std::sqrt(mean * variance_) : 0.0;
    result.length_cost = lengthCost()(delta);
    result.dice = ws + wt > 0 ? std::min(1.0, 2.0 * matched / (ws + wt)) : 0.0;
    result.cost = priorCost(move) + w_.length * result.length_cost - w_.lexical * result.dice +
                  w_.punctuation * std::min(punct_diff, 3) + w_.orphan * orphans;
    if (paragraphs_) {
      const bool s_end = f_.source[i - 1].paragraph_end, t_end = f_.target[j - 1].paragraph_end;
      if (s_end != t_end) result.cost += w_.paragraph;
      for (std::size_t s = i - move.source; s + 1 < i; ++s)
        if (f_.source[s].paragraph_end) result.cost += w_.paragraph;
      for (std::size_t t = j - move.target; t + 1 < j; ++t)
        if (f_.target[t].paragraph_end) result.cost += w_.paragraph;
    }
    return result;
  }

  PairCache& cache() { return cache_; }

 private:
  static double priorCost(const BandMove& move) {
    static const std::array<double, 16> costs = [] {
      std::array<double, 16> table{};
      table.fill(-std::log(1e-4));
      for (const MoveKind& k : kMoves) table[k.move.source * 4 + k.move.target] = -std::log(k.prior);
      return table;
    }();
    return costs[std::min<std::size_t>(move.source, 3) * 4 + std::min<std::size_t>(move.target, 3)];
  }
  const AnchorFeatures& f_;
  const AnchorWeights& w_;
  double ratio_, variance_;
  bool paragraphs_;
  PairCache cache_;
};

// The last kRefineOnlyMoves of kMoves (2-3, 3-2) are searched by the refining pass only.
constexpr std::size_t kRefineOnlyMoves = 2;

std::vector<BandMove> bandMoves() {
  std::vector<BandMove> moves;
  for (const MoveKind& k : kMoves) moves.push_back(k.move);
  return moves;
}

// How sure we are that source sentence `s` (or target `t`) left out at this place really has no counterpart:
// it must carry anchor words of its own, and none of the nearby sentences of the other side may share them.
double omissionConfidence(const std::vector<SentenceAnchors>& side, std::size_t index,
                          double best_neighbour_dice) {
  const double evidence = std::min(1.0, side[index].weight / 3.0);
  const double unmatched = std::clamp(1.0 - best_neighbour_dice / 0.3, 0.0, 1.0);
  return std::clamp(0.2 + 0.8 * evidence * unmatched, 0.0, 1.0);
}

}  // namespace

Alignment AnchorAligner::align(const Document& source, const Document& target) const {
  AnchorStats stats;
  return align(source, target, stats);
}

Alignment AnchorAligner::align(const Document& source, const Document& target, AnchorStats& stats) const {
  const std::size_t n = source.sentences().size(), m = target.sentences().size();
  const Lexicon& lexicon = lexiconFor(source.language(), target.language());
  const AnchorFeatures features = buildAnchorFeatures(source, target, lexicon);
  std::vector<std::string> notes;
  if (n > 0 && m > 0 && std::max(n, m) > 5 * std::min(n, m)) {
    notes.push_back("warning: the source has " + std::to_string(n) + " sentences and the target " +
                    std::to_string(m) +
                    ", more than 5 times as many on one side; aligned anyway, expect many 1-0/0-1 links");
  }

  double source_chars = 0, target_chars = 0;
  for (const auto& a : features.source) source_chars += a.length;
  for (const auto& a : features.target) target_chars += a.length;
  double ratio = source_chars > 0 && target_chars > 0 ? target_chars / source_chars : 1.0;
  const bool paragraphs = source.paragraphs().size() > 1 && target.paragraphs().size() > 1;
  const std::vector<BandMove> moves = bandMoves();
  // Pass 1's band is centred where the characters read so far agree on both sides: a merged or split sentence
  // does not move that line, so on long documents the path strays less from it than from i·m/n.
  std::vector<double> centres(n + 1, 0.0);
  {
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
  }

  // Pass 1 searches a band around the diagonal; pass 2 only refines pass 1's path, in a narrow band along it.
  auto run = [&](double ratio_now, double variance, const BandResult* guide) {
    CostModel model(features, weights_, ratio_now, variance, paragraphs);
    const BandCost cost = [&](std::size_t i, std::size_t j, const BandMove& move) {
      return model.score(i, j, move).cost;
    };
    // Pass 1 leaves out 2-3 and 3-2, the dearest moves to score: they only refine the path (their move
    // indices follow pass 1's, so pass 1's steps read the same in the full list).
    const std::span<const BandMove> first_moves(moves.data(), moves.size() - kRefineOnlyMoves);
    return guide ? alignAlongPath(n, m, moves, cost, guide->steps, weights_.refine_band)
                 : alignBanded(n, m, first_moves, cost, weights_.band, centres);
  };
  // Pass 1 with the textbook variance and the whole documents' length ratio (which an omitted or added
  // sentence skews); then ratio and s² from the confident 1-1 links of this very document, and pass 2
  // (always: it alone has 2-3 and 3-2).
  BandResult path = run(ratio, weights_.variance, nullptr);
  const BandResult first_pass_band{{}, path.half_width, path.widenings, path.cells};
  double variance = weights_.variance;
  {
    CostModel model(features, weights_, ratio, variance, paragraphs);
    std::vector<std::pair<double, double>> confident;
    for (const BandStep& step : path.steps) {
      const BandMove& move = moves[step.move];
      if (move.source != 1 || move.target != 1) continue;
      if (model.score(step.source_begin + 1, step.target_begin + 1, move).dice < 0.25) continue;
      confident.emplace_back(features.source[step.source_begin].length,
                             features.target[step.target_begin].length);
    }
    double ls_sum = 0, lt_sum = 0;
    for (const auto& [ls, lt] : confident) ls_sum += ls, lt_sum += lt;
    const double refined_ratio = confident.size() >= 3 && ls_sum > 0 ? lt_sum / ls_sum : ratio;
    if (confident.size() >= 20) {
      double sum = 0;
      for (const auto& [ls, lt] : confident) {
        const double mean = (ls + lt / refined_ratio) / 2.0;
        if (mean > 0) sum += (lt - ls * refined_ratio) * (lt - ls * refined_ratio) / mean;
      }
      variance = std::clamp(sum / static_cast<double>(confident.size()), 1.0, 20.0);
    }
    ratio = refined_ratio;
    path = run(ratio, variance, &path);
  }

  CostModel model(features, weights_, ratio, variance, paragraphs);
  std::vector<Link> links;
  std::size_t lexicon_words = 0, anchor_words = 0;
  for (std::size_t k = 0; k < path.steps.size(); ++k) {
    const BandStep& step = path.steps[k];
    const BandMove& move = moves[step.move];
    Link link{step.source_begin, move.source, step.target_begin, move.target, 1.0, step.cost};
    if (move.source > 0 && move.target > 0) {
      const LinkScore score =
          model.score(step.source_begin + move.source, step.target_begin + move.target, move);
      // Sure when the words agree, or failing words, when the lengths agree.
      link.confidence =
          std::clamp(0.3 + 0.7 * std::max(std::min(1.0, score.dice / 0.3), 0.8 * score.lengthP()), 0.0, 1.0);
      for (std::size_t s = link.source_begin; s < link.source_end(); ++s)
        for (std::size_t t = link.target_begin; t < link.target_end(); ++t) {
          const PairMatch& match = model.cache().at(s, t);
          lexicon_words += match.lexicon_words;
          anchor_words += static_cast<std::size_t>(match.weight > 0);
        }
    } else {
      // The best Dice of the left-out sentence with the two sentences of the other side around the gap.
      double best = 0;
      const bool omitted_source = move.source == 1;
      const std::size_t index = omitted_source ? link.source_begin : link.target_begin;
      const std::size_t around = omitted_source ? link.target_begin : link.source_begin;
      const std::size_t other_size = omitted_source ? m : n;
      for (std::size_t o = around > 1 ? around - 2 : 0; o < std::min(other_size, around + 2); ++o) {
        const std::size_t s = omitted_source ? index : o, t = omitted_source ? o : index;
        const PairMatch& match = model.cache().at(s, t);
        const double total = features.source[s].weight + features.target[t].weight;
        if (total > 0) best = std::max(best, 2.0 * match.weight / total);
      }
      link.confidence = omissionConfidence(omitted_source ? features.source : features.target, index, best);
    }
    links.push_back(link);
  }

  std::ostringstream band;
  band << "aligner: anchor (length ratio " << std::round(ratio * 100) / 100 << ", variance "
       << std::round(variance * 10) / 10 << ", band ±" << first_pass_band.half_width << " sentences";
  if (first_pass_band.widenings > 0) band << ", widened " << first_pass_band.widenings << " times";
  band << ")";
  notes.push_back(band.str());
  if (features.lexicon_entries > 0) {
    notes.push_back("lexicon " + features.lexicon_name + " (" + std::to_string(features.lexicon_entries) +
                    " words): " + std::to_string(lexicon_words) + " lexicon hits used by the alignment (" +
                    std::to_string(anchor_words) + " sentence pairs with anchor words)");
  } else {
    notes.push_back("lexicon: none installed for " + source.language() + "-" + target.language() +
                    " (anchors: numbers, names, cognates only)");
  }
  stats = {std::max(first_pass_band.cells, path.cells), first_pass_band.half_width,
           first_pass_band.widenings};
  Alignment alignment(std::move(links), n, m);
  alignment.notes = std::move(notes);
  return alignment;
}

}  // namespace concord::aligners
