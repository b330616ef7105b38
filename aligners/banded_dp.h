#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace concord::aligners {

/// One kind of link the search may use: `source` sentences against `target` sentences (1-0, 2-1 …).
struct BandMove {
  std::uint8_t source = 0;
  std::uint8_t target = 0;
};

/// One link of the best path: the move's index in `moves` and where it starts.
struct BandStep {
  std::size_t move = 0;
  std::size_t source_begin = 0;
  std::size_t target_begin = 0;
  double cost = 0;
};

struct BandResult {
  std::vector<BandStep> steps;
  std::size_t half_width = 0;  ///< the widest row's final half-width (target sentences either side)
  int widenings = 0;           ///< how often the band was widened because the path touched its edge
  std::size_t cells = 0;       ///< DP cells of the last pass: what memory grows with (n × band)
};

/// The cost of the link ending at source position `i` and target position `j` (exclusive ends) made of
/// `move`.
using BandCost = std::function<double(std::size_t i, std::size_t j, const BandMove& move)>;

/// The widest a band widens itself to (target sentences either side of a row's centre), unless it started
/// wider. Without it, a path that runs far off the centre line (a target whose sentences grow longer than the
/// source's as it goes, so the characters read drift from the sentence counts) doubled the band until it
/// spanned the whole target side: n × m cells, 20,000 short paragraphs a side took minutes. Real drift stays
/// far below it (2 % random omissions over 100k sentences: ~45 sentences); past it the path keeps to the
/// band.
inline constexpr std::size_t kMaxWidenedHalfWidth = 256;

/// Minimum-cost monotone path from (0, 0) to (n, m) through `moves`, searched only within `half_width`
/// target positions of the straight diagonal (row i's centre is i·m/n), so time and memory are O((n + m) ×
/// band). Where the best path comes within two cells of the band's edge (and the band does not already span
/// the whole row) the path may have been bent by the band, so the band is doubled in the rows around those
/// cells (4 × their half-width either side, up to kMaxWidenedHalfWidth) and the search repeated; elsewhere it
/// stays as it was.
/// `moves` must contain 1-0 and 0-1 (so every cell is reachable) and at most 4 sentences a side.
BandResult alignBanded(std::size_t n, std::size_t m, std::span<const BandMove> moves, const BandCost& cost,
                       std::size_t half_width);

/// The same, with row i's centre at `centres[i]` (n + 1 non-decreasing target positions from 0 to m) instead
/// of i·m/n: e.g. where the characters read so far on both sides agree, which a merged sentence does not
/// move.
BandResult alignBanded(std::size_t n, std::size_t m, std::span<const BandMove> moves, const BandCost& cost,
                       std::size_t half_width, std::span<const double> centres);

/// The same search, but the band follows `guide` (the steps of an earlier path from (0, 0) to (n, m), e.g. a
/// first pass with a rougher cost) instead of the straight diagonal: row i spans the guide's target positions
/// in that row ± `half_width`. A second pass that only refines the first needs a much narrower band; it
/// still widens itself where its path touches the edge.
BandResult alignAlongPath(std::size_t n, std::size_t m, std::span<const BandMove> moves, const BandCost& cost,
                          std::span<const BandStep> guide, std::size_t half_width);

}  // namespace concord::aligners
