#include "aligners/banded_dp.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "checker/model/current_deadline.h"

namespace concord::aligners {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kRing = 5;  // moves take at most 4 source sentences: rows i-4 … i are live

struct Band {
  std::vector<std::size_t> lo, hi, offset;  // per row: first and last column, start in the back-pointer array
};

using Widths = std::vector<std::size_t>;  // per row: the band's half-width around its centre

Band makeBand(std::size_t n, std::size_t m, const Widths& widths, std::span<const double> centres) {
  Band band;
  band.lo.resize(n + 1);
  band.hi.resize(n + 1);
  band.offset.resize(n + 2);
  auto centreOf = [&](std::size_t i) {
    return !centres.empty() ? std::clamp(centres[i], 0.0, static_cast<double>(m))
           : n == 0         ? 0.0
                            : static_cast<double>(i) * static_cast<double>(m) / static_cast<double>(n);
  };
  for (std::size_t i = 0; i <= n; ++i) {
    const auto c_lo = static_cast<std::size_t>(std::floor(centreOf(i))),
               c_hi = static_cast<std::size_t>(std::ceil(centreOf(i)));
    // Row i spans from the previous row's centre to its own, and on to the next row's: where the centre
    // jumps (a long sentence against many short ones, n much smaller than m, or a passage the source does not
    // have) the path crosses the jump along one of these rows by 0-1 links, before or after the link that
    // reaches the next row.
    const std::size_t previous_lo = i > 0 ? static_cast<std::size_t>(std::floor(centreOf(i - 1))) : c_lo;
    const std::size_t next_hi = i < n ? static_cast<std::size_t>(std::ceil(centreOf(i + 1))) : c_hi;
    const std::size_t from = std::min(c_lo, previous_lo), w = widths[i];
    band.lo[i] = from > w ? from - w : 0;
    band.hi[i] = std::min(m, std::max(c_hi, next_hi) + w);
    band.offset[i + 1] = band.offset[i] + (band.hi[i] - band.lo[i] + 1);
  }
  if (n == 0) band.hi[0] = m, band.offset[1] = m + 1;
  return band;
}

// Row i spans the target positions the guide path has in row i (a 2-1 or 3-1 step crosses a row between its
// ends: its positions there are those of the step's start and end), widened by w either side.
Band makeBandAlong(std::size_t n, std::size_t m, std::span<const BandStep> guide,
                   std::span<const BandMove> moves, const Widths& widths) {
  std::vector<std::size_t> first(n + 1, SIZE_MAX), last(n + 1, 0);
  auto mark = [&](std::size_t i, std::size_t j) {
    first[i] = std::min(first[i], j);
    last[i] = std::max(last[i], j);
  };
  mark(0, 0);
  mark(n, m);
  for (const BandStep& step : guide) {
    const BandMove& move = moves[step.move];
    for (std::size_t i = step.source_begin; i <= step.source_begin + move.source && i <= n; ++i) {
      mark(i, step.target_begin);
      mark(i, step.target_begin + move.target);
    }
  }
  Band band;
  band.lo.resize(n + 1);
  band.hi.resize(n + 1);
  band.offset.resize(n + 2);
  std::size_t previous_lo = 0, previous_hi = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    if (first[i] == SIZE_MAX) first[i] = previous_lo, last[i] = previous_hi;  // a guide with a gap: carry on
    const std::size_t w = widths[i];
    band.lo[i] = first[i] > w ? first[i] - w : 0;
    band.hi[i] = std::min(m, last[i] + w);
    previous_lo = first[i];
    previous_hi = last[i];
    // Each row starts no further right than the previous row ends, so every cell of it can be reached (from
    // above by a 1-0, along the row by 0-1s) even where the centre jumps (n much smaller than m, a long
    // sentence against many short ones).
    if (i > 0) band.lo[i] = std::min(band.lo[i], band.hi[i - 1]);
    band.offset[i + 1] = band.offset[i] + (band.hi[i] - band.lo[i] + 1);
  }
  return band;
}

struct Pass {
  std::vector<BandStep> steps;
  std::vector<std::size_t> touched_rows;  // rows where the path ran within two cells of the band's edge
  std::size_t cells = 0;
};

Pass search(std::size_t n, std::size_t m, std::span<const BandMove> moves, const BandCost& cost,
            const Band& band) {
  std::vector<std::uint8_t> back(band.offset[n + 1], 0);
  std::array<std::vector<double>, kRing> rows;
  for (std::size_t i = 0; i <= n; ++i) {
    checkCurrentDeadline();  // a row is a band's width of cells, each scored for every move
    std::vector<double>& row = rows[i % kRing];
    row.assign(band.hi[i] - band.lo[i] + 1, kInf);
    for (std::size_t j = band.lo[i]; j <= band.hi[i]; ++j) {
      if (i == 0 && j == 0) {
        row[0] = 0;
        continue;
      }
      double best = kInf;
      std::uint8_t best_move = 0;
      for (std::size_t k = 0; k < moves.size(); ++k) {
        const BandMove& move = moves[k];
        if (move.source > i || move.target > j) continue;
        const std::size_t pi = i - move.source, pj = j - move.target;
        if (pj < band.lo[pi] || pj > band.hi[pi]) continue;
        const double previous = rows[pi % kRing][pj - band.lo[pi]];
        if (previous == kInf) continue;
        const double total = previous + cost(i, j, move);
        if (total < best) best = total, best_move = static_cast<std::uint8_t>(k);
      }
      row[j - band.lo[i]] = best;
      back[band.offset[i] + (j - band.lo[i])] = best_move;
    }
  }
  Pass pass;
  pass.cells = back.size();
  // Walk back from (n, m); remember whether the path ran along the band's edge.
  std::vector<std::pair<std::size_t, std::size_t>> ends;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const bool near_lo = band.lo[i] > 0 && j <= band.lo[i] + 1;
    const bool near_hi = band.hi[i] < m && j + 1 >= band.hi[i];
    if (near_lo || near_hi) pass.touched_rows.push_back(i);
    const std::size_t k = back[band.offset[i] + (j - band.lo[i])];
    const BandMove& move = moves[k];
    pass.steps.push_back({k, i - move.source, j - move.target, cost(i, j, move)});
    i -= move.source;
    j -= move.target;
  }
  std::reverse(pass.steps.begin(), pass.steps.end());
  return pass;
}

// Doubles the half-width of the rows within 4 × its half-width of a row where the path touched the band's
// edge. Only there: the band was too narrow where the path left it, and doubling every row (as a first
// version did) made a 100k-sentence pair whose path drifts off the centre line in a few places pay for the
// wider band along its whole length. Returns false when no such row can widen any more (it already spans the
// whole target side, or `limit`).
bool widenAround(const std::vector<std::size_t>& touched_rows, std::size_t m, std::size_t limit,
                 Widths& widths) {
  const Widths previous = widths;  // each touched row's reach is measured with its width before this round
  bool widened = false;
  std::size_t done_to = 0;  // rows below this were widened already in this round (touched rows come in order)
  for (auto it = touched_rows.rbegin(); it != touched_rows.rend(); ++it) {
    const std::size_t row = *it, reach = 4 * previous[row];
    const std::size_t from = std::max(row > reach ? row - reach : 0, done_to),
                      to = std::min(widths.size(), row + reach + 1);
    for (std::size_t r = from; r < to; ++r)
      if (previous[r] < std::min(m, limit))
        widths[r] = std::min({2 * previous[r], std::max<std::size_t>(m, 1), limit}), widened = true;
    done_to = std::max(done_to, to);
  }
  return widened;
}

// Searches in the band `make(widths)`, widening it where the path touches its edge until it does not.
template <typename MakeBand>
BandResult searchWidening(std::size_t n, std::size_t m, std::span<const BandMove> moves, const BandCost& cost,
                          std::size_t half_width, const MakeBand& make) {
  const bool has_skips = std::any_of(moves.begin(), moves.end(),
                                     [](const BandMove& mv) { return mv.source == 1 && mv.target == 0; }) &&
                         std::any_of(moves.begin(), moves.end(),
                                     [](const BandMove& mv) { return mv.source == 0 && mv.target == 1; });
  if (!has_skips) throw std::logic_error("alignBanded needs the 1-0 and 0-1 moves");
  BandResult result;
  Widths widths(n + 1, std::max<std::size_t>(half_width, 4));
  const std::size_t limit = std::max(half_width, kMaxWidenedHalfWidth);
  while (true) {
    Pass pass = search(n, m, moves, cost, make(widths));
    if (pass.touched_rows.empty() || !widenAround(pass.touched_rows, m, limit, widths)) {
      result.steps = std::move(pass.steps);
      result.cells = pass.cells;
      result.half_width = *std::max_element(widths.begin(), widths.end());
      return result;
    }
    ++result.widenings;
  }
}

}  // namespace

BandResult alignBanded(std::size_t n, std::size_t m, std::span<const BandMove> moves, const BandCost& cost,
                       std::size_t half_width) {
  return searchWidening(n, m, moves, cost, half_width,
                        [&](const Widths& w) { return makeBand(n, m, w, {}); });
}

BandResult alignBanded(std::size_t n, std::size_t m, std::span<const BandMove> moves, const BandCost& cost,
                       std::size_t half_width, std::span<const double> centres) {
  if (centres.size() != n + 1) throw std::logic_error("alignBanded needs n + 1 centres");
  return searchWidening(n, m, moves, cost, half_width,
                        [&](const Widths& w) { return makeBand(n, m, w, centres); });
}

BandResult alignAlongPath(std::size_t n, std::size_t m, std::span<const BandMove> moves, const BandCost& cost,
                          std::span<const BandStep> guide, std::size_t half_width) {
  return searchWidening(n, m, moves, cost, half_width,
                        [&](const Widths& w) { return makeBandAlong(n, m, guide, moves, w); });
}

}  // namespace concord::aligners
