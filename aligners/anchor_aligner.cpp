#include "aligners/anchor_aligner.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <sstream>

#include "aligners/band_centres.h"
#include "aligners/banded_dp.h"
#include "aligners/crossed_boundaries.h"
#include "aligners/lexicon.h"
#include "aligners/link_cost.h"
#include "aligners/moved_sentences.h"
#include "aligners/sentence_anchors.h"
#include "aligners/word_evidence.h"
#include "checker/model/current_deadline.h"

namespace concord::aligners {
namespace {

// The words' weight against a link (Dice) and log-likelihood odds (evidence), from the chance of each kind of
// word to meet its partner.
void setWordEvidence(AnchorFeatures& features, const AnchorWeights& weights,
                     const AnchorExpectations& match) {
  AnchorExpectations expectations;
  for (std::size_t k = 0; k < kAnchorKinds; ++k)
    expectations.of[k] = static_cast<float>(weights.expect_scale) * match.of[k];
  applyExpectations(features, expectations);
  applyMatchOdds(features, match);
}

// The chance of each kind of word to meet its partner in this document pair: the share measured on sure
// links, pulled towards the weights' prior as if that had been seen on match_pseudo words.
AnchorExpectations documentMatchChances(const KindMatchCounts& counts, const AnchorWeights& weights) {
  AnchorExpectations chances;
  for (std::size_t k = 0; k < kAnchorKinds; ++k)
    chances.of[k] = static_cast<float>((counts.matched[k] + weights.match_pseudo * weights.match.of[k]) /
                                       (counts.total[k] + weights.match_pseudo));
  return chances;
}

// "anchor words that met their partner in 42 sure 1-1 links: numbers 90%, names 76%, …" (verbose output): how
// well the lexicon and the cognate keys serve this language pair and text.
std::string matchSharesNote(const KindMatchCounts& counts, std::size_t links) {
  static constexpr const char* kKindNames[] = {"numbers", "names", "lexicon words", "other words"};
  std::ostringstream note;
  note << "anchor words that met their partner in " << links << " sure 1-1 links:";
  const char* separator = " ";
  for (std::size_t k = 0; k < kAnchorKinds; ++k) {
    if (counts.total[k] <= 0) continue;
    note << separator << kKindNames[k] << ' ' << std::lround(100 * counts.matched[k] / counts.total[k])
         << '%';
    separator = ", ";
  }
  return note.str();
}

// How sure we are that source sentence `s` (or target `t`) left out at this place really has no counterpart:
// it must carry anchor words of its own, and none of the nearby sentences of the other side may share them.
double omissionConfidence(const std::vector<SentenceAnchors>& side, std::size_t index,
                          double best_neighbour_dice) {
  const double evidence = std::min(1.0, side[index].weight / 3.0);
  const double unmatched = std::clamp(1.0 - best_neighbour_dice / 0.3, 0.0, 1.0);
  return std::clamp(0.2 + 0.8 * evidence * unmatched, 0.0, 1.0);
}

// A 1-0 next to a 0-1 whose two sentences pair up on their words, and are kept apart by their lengths alone,
// are one sentence translated in part ("A court will rule on Thursday." for a source sentence six times as
// long): an editor is told of a clause left out, not of a sentence dropped and another added. The length
// model cannot tell the two apart; the words can. They pair up when, without the length cost, the 1-1 link
// would cost less than nothing, or when most of the shorter sentence's anchor weight, two words or more, is
// found in the longer one (on the tuning sets, unrelated neighbours share at most one word and a quarter of
// the weight).
bool partOfOneSentence(LinkCostModel& model, std::size_t s, std::size_t t, const LinkScore& score,
                       const AnchorWeights& weights) {
  if (score.cost - weights.length * score.length_cost < 0) return true;
  const PairMatch& match = model.cache().at(s, t);
  const SentenceAnchors &source = model.features().source[s], &target = model.features().target[t];
  const bool target_shorter = target.length < source.length;
  const double weight = target_shorter ? target.weight : source.weight;
  const double found = target_shorter ? match.target_weight : match.weight;
  const int words = std::popcount(target_shorter ? match.target_mask : match.source_mask);
  return words >= 2 && weight > 0 && found >= 0.5 * weight;
}

void reunitePartialTranslations(std::vector<BandStep>& steps, const std::vector<BandMove>& moves,
                                LinkCostModel& model, const AnchorWeights& weights) {
  const std::size_t one_to_one = anchorMoveIndex(1, 1);
  std::vector<BandStep> kept;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    if (k + 1 < steps.size()) {
      const BandMove &a = moves[steps[k].move], &b = moves[steps[k + 1].move];
      if (a.source + a.target == 1 && b.source + b.target == 1 && a.source != b.source) {
        const std::size_t s = a.source == 1 ? steps[k].source_begin : steps[k + 1].source_begin;
        const std::size_t t = a.target == 1 ? steps[k].target_begin : steps[k + 1].target_begin;
        const LinkScore score = model.score(s + 1, t + 1, moves[one_to_one]);
        if (partOfOneSentence(model, s, t, score, weights)) {
          kept.push_back({one_to_one, s, t, score.cost});
          ++k;
          continue;
        }
      }
    }
    kept.push_back(steps[k]);
  }
  steps = std::move(kept);
}

}  // namespace

Alignment AnchorAligner::align(const Document& source, const Document& target) const {
  AnchorStats stats;
  return align(source, target, stats);
}

Alignment AnchorAligner::align(const Document& source, const Document& target, AnchorStats& stats) const {
  const std::size_t n = source.sentences().size(), m = target.sentences().size();
  const Lexicon& lexicon = lexiconFor(source.language(), target.language());
  AnchorFeatures features = buildAnchorFeatures(source, target, lexicon);
  checkCurrentDeadline();
  setWordEvidence(features, weights_, weights_.match);
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
  const std::vector<BandMove>& moves = anchorMoves();
  // Pass 1's band follows the characters read on both sides and the words that pin sentence pairs down (a
  // merged or split sentence does not move that line; see bandCentres).
  const auto pins = pinnedPairs(features);
  const std::vector<double> centres = bandCentres(features, ratio, pins);
  checkCurrentDeadline();

  // Pass 1 searches a band around the diagonal; pass 2 only refines pass 1's path, in a narrow band along it.
  auto run = [&](double ratio_now, double variance, const BandResult* guide) {
    LinkCostModel model(features, weights_, ratio_now, variance, paragraphs);
    const BandCost cost = [&](std::size_t i, std::size_t j, const BandMove& move) {
      return model.cost(i, j, move);
    };
    // Pass 1 leaves out the kRefineOnlyMoves (2-3, 3-2, 3-1, 1-3, 4-1, 1-4), the dearest to score: they only
    // refine the path (their move indices follow pass 1's, so pass 1's steps read the same in the full list).
    const std::span<const BandMove> first_moves(moves.data(), moves.size() - kRefineOnlyMoves);
    return guide ? alignAlongPath(n, m, moves, cost, guide->steps, weights_.refine_band)
                 : alignBanded(n, m, first_moves, cost, weights_.band, centres);
  };
  // Pass 1 with the textbook variance and the whole documents' length ratio (which an omitted or added
  // sentence skews); then ratio and s² from the confident 1-1 links of this very document, and pass 2
  // (always: it alone has the refine-only moves).
  BandResult path = run(ratio, weights_.variance, nullptr);
  const BandResult first_pass_band{{}, path.half_width, path.widenings, path.cells};
  double variance = weights_.variance;
  {
    LinkCostModel model(features, weights_, ratio, variance, paragraphs);
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
    // The document's own expectations: how often each kind of word met its partner in pass 1's 1-1 links
    // whose lengths agree (chosen by length, not by words, so that the share is not biased towards matches).
    std::vector<std::pair<std::size_t, std::size_t>> sure;
    for (const BandStep& step : path.steps) {
      const BandMove& move = moves[step.move];
      if (move.source != 1 || move.target != 1) continue;
      if (model.score(step.source_begin + 1, step.target_begin + 1, move).lengthP() < 0.5) continue;
      sure.emplace_back(step.source_begin, step.target_begin);
    }
    const KindMatchCounts counts = countKindMatches(features, sure);
    setWordEvidence(features, weights_, documentMatchChances(counts, weights_));
    notes.push_back(matchSharesNote(counts, sure.size()));
    path = run(ratio, variance, &path);
  }

  checkCurrentDeadline();
  LinkCostModel model(features, weights_, ratio, variance, paragraphs);
  reunitePartialTranslations(path.steps, moves, model, weights_);
  mergeCrossedBoundaries(path.steps, moves, model, weights_.crossed_words, weights_.crossed_length_gain);
  std::vector<Link> links;
  std::size_t lexicon_words = 0, anchor_words = 0;
  // Which link each sentence is in, so that an omission's neighbour can be judged against its own partners.
  std::vector<std::size_t> link_of_source(n), link_of_target(m);
  for (std::size_t k = 0; k < path.steps.size(); ++k) {
    const BandStep& step = path.steps[k];
    const BandMove& move = moves[step.move];
    for (std::size_t s = step.source_begin; s < step.source_begin + move.source; ++s) link_of_source[s] = k;
    for (std::size_t t = step.target_begin; t < step.target_begin + move.target; ++t) link_of_target[t] = k;
  }
  auto pairDice = [&](std::size_t s, std::size_t t) {
    const double total = features.source[s].weight + features.target[t].weight;
    return total > 0 ? 2.0 * model.cache().at(s, t).weight / total : 0.0;
  };
  DeadlinePoll poll(256);
  for (std::size_t k = 0; k < path.steps.size(); ++k) {
    poll.tick();
    const BandStep& step = path.steps[k];
    const BandMove& move = moves[step.move];
    Link link{step.source_begin, move.source, step.target_begin, move.target, 1.0, step.cost, std::nullopt};
    if (move.source > 0 && move.target > 0) {
      const LinkScore score =
          model.score(step.source_begin + move.source, step.target_begin + move.target, move);
      link.confidence = score.confidence();
      for (std::size_t s = link.source_begin; s < link.source_end(); ++s)
        for (std::size_t t = link.target_begin; t < link.target_end(); ++t) {
          const PairMatch& match = model.cache().at(s, t);
          lexicon_words += match.lexicon_words;
          anchor_words += static_cast<std::size_t>(match.weight > 0);
        }
    } else {
      // The best Dice of the left-out sentence with the two sentences of the other side around the gap,
      // leaving out a neighbour that shares more with a partner of its own link: that one is where it
      // belongs, and what it shares with the left-out sentence is the topic (incendios, investigación).
      double best = 0;
      const bool omitted_source = move.source == 1;
      const std::size_t index = omitted_source ? link.source_begin : link.target_begin;
      const std::size_t around = omitted_source ? link.target_begin : link.source_begin;
      const std::size_t other_size = omitted_source ? m : n;
      for (std::size_t o = around > 1 ? around - 2 : 0; o < std::min(other_size, around + 2); ++o) {
        const std::size_t s = omitted_source ? index : o, t = omitted_source ? o : index;
        const double dice = pairDice(s, t);
        const BandStep& own = path.steps[omitted_source ? link_of_target[o] : link_of_source[o]];
        const BandMove& own_move = moves[own.move];
        double own_dice = 0;
        const std::size_t first = omitted_source ? own.source_begin : own.target_begin;
        for (std::size_t y = first; y < first + (omitted_source ? own_move.source : own_move.target); ++y)
          own_dice = std::max(own_dice, omitted_source ? pairDice(y, o) : pairDice(o, y));
        if (own_dice > dice) continue;
        best = std::max(best, dice);
      }
      link.confidence = omissionConfidence(omitted_source ? features.source : features.target, index, best);
    }
    links.push_back(link);
  }

  if (const MovedPassages moved = pairMovedSentences(
          links, model, {weights_.moved_cost, weights_.moved_window, weights_.moved_extra_sentence});
      moved.moves > 0)
    notes.push_back(std::to_string(moved.source_sentences) + " sentence" +
                    (moved.source_sentences == 1 ? "" : "s") + " out of order in " +
                    std::to_string(moved.moves) + " move" + (moved.moves == 1 ? "" : "s") +
                    ": source and target links that translate each other (moved, not omitted)");
  std::ostringstream band;
  band << "aligner: anchor (length ratio " << std::round(ratio * 100) / 100 << ", variance "
       << std::round(variance * 10) / 10 << ", band ±" << first_pass_band.half_width << " sentences around "
       << pins.size() << " pinned sentence pair" << (pins.size() == 1 ? "" : "s");
  if (first_pass_band.widenings > 0) band << ", widened " << first_pass_band.widenings << " times";
  if (first_pass_band.widenings > 0 && first_pass_band.half_width >= kMaxWidenedHalfWidth)
    band << ", as wide as it widens: a path further off the line is bent to it";
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
