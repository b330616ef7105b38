#pragma once

#include <cstddef>
#include <vector>

namespace concord::aligners {

/// One step of a length-based alignment path: `source_count` units of the source against `target_count`
/// units of the target, with its cost and a confidence in 0..1.
struct LengthStep {
  std::size_t source_count = 0;
  std::size_t target_count = 0;
  double cost = 0;
  double confidence = 0;
};

/// Parameters of the Gale–Church length model: target length ≈ ratio × source length, with variance
/// `variance` per source character.
struct LengthModel {
  double ratio = 1.0;
  double variance = 6.8;  // Gale & Church (1993)
};

/// Aligns two sequences of unit lengths (characters) with Gale & Church's dynamic programme over the moves
/// 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2. Returns the steps in order; they cover both sequences.
std::vector<LengthStep> alignLengths(const std::vector<double>& source, const std::vector<double>& target,
                                     const LengthModel& model);

}  // namespace concord::aligners
