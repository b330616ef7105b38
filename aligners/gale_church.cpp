#include "aligners/gale_church.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace concord::aligners {
namespace {

struct Move {
  std::size_t source;
  std::size_t target;
  double prior;  // Gale & Church's priors for each kind of link
};

constexpr Move kMoves[] = {{1, 1, 0.89},      {1, 0, 0.0099 / 2}, {0, 1, 0.0099 / 2},
                           {2, 1, 0.089 / 2}, {1, 2, 0.089 / 2},  {2, 2, 0.011}};

// Two-sided tail probability of a standard normal |z|.
double twoSidedTail(double z) { return std::erfc(std::fabs(z) / std::sqrt(2.0)); }

double lengthDelta(double source, double target, const LengthModel& model) {
  const double mean = (source + target / model.ratio) / 2.0;
  if (mean <= 0) return 0;
  return (target - source * model.ratio) / std::sqrt(mean * model.variance);
}

}  // namespace

std::vector<LengthStep> alignLengths(const std::vector<double>& source, const std::vector<double>& target,
                                     const LengthModel& model) {
  const std::size_t n = source.size(), m = target.size();
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> cost((n + 1) * (m + 1), kInf);
  std::vector<unsigned char> back((n + 1) * (m + 1), 0);
  auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
  cost[at(0, 0)] = 0;

  auto stepCost = [&](std::size_t i, std::size_t j, const Move& move) {
    double ls = 0, lt = 0;
    for (std::size_t k = 0; k < move.source; ++k) ls += source[i - 1 - k];
    for (std::size_t k = 0; k < move.target; ++k) lt += target[j - 1 - k];
    // A deletion or insertion has no length to compare; its prior alone prices it (Gale–Church's own
    // delta would make any long omitted sentence nearly impossible, and omissions are what editors need).
    const double p = move.source == 0 || move.target == 0
                         ? 1.0
                         : std::max(twoSidedTail(lengthDelta(ls, lt, model)), 1e-12);
    return -std::log(move.prior) - std::log(p);
  };

  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = 0; j <= m; ++j) {
      if (i == 0 && j == 0) continue;
      for (unsigned char k = 0; k < std::size(kMoves); ++k) {
        const Move& move = kMoves[k];
        if (move.source > i || move.target > j) continue;
        const double previous = cost[at(i - move.source, j - move.target)];
        if (previous == kInf) continue;
        const double total = previous + stepCost(i, j, move);
        if (total < cost[at(i, j)]) {
          cost[at(i, j)] = total;
          back[at(i, j)] = k;
        }
      }
    }
  }

  std::vector<LengthStep> steps;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const Move& move = kMoves[back[at(i, j)]];
    const double step = cost[at(i, j)] - cost[at(i - move.source, j - move.target)];
    // Confidence: the step's probability relative to a perfect 1-1 link.
    const double confidence = std::clamp(std::exp(-(step - (-std::log(kMoves[0].prior)))), 0.0, 1.0);
    steps.push_back({move.source, move.target, step, confidence});
    i -= move.source;
    j -= move.target;
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

}  // namespace concord::aligners
