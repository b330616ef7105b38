#pragma once

#include <cstddef>
#include <optional>

#include "checker/model/alignment.h"

namespace concord::rules {

/// The length behaviour of one article pair: the median and robust spread of log(target / source length) over
/// its 1-1 links. A translation is longer or shorter than its source by a roughly constant factor (French →
/// English ≈ 0.8); a 1-1 link far below that factor lost a clause, far above it gained one.
struct RatioModel {
  double median = 0.0;      ///< median log ratio
  double spread = 0.0;      ///< 1.4826 × median absolute deviation, floored (short articles agree too well)
  std::size_t samples = 0;  ///< 1-1 links the estimate rests on
};

/// Minimum code points on the source side for a 1-1 link to enter the model or be judged: short sentences
/// (headlines, "He said.") vary too much in length to mean anything.
inline constexpr std::size_t kMinJudgedLength = 60;

/// log((target letters+digits) / (source letters+digits)) of a link; nullopt when a side is empty.
std::optional<double> logLengthRatio(const AlignedPair& pair, const Link& link);

/// The model, or nullopt when the pair has fewer than `min_samples` usable 1-1 links.
std::optional<RatioModel> ratioModel(const AlignedPair& pair, std::size_t min_samples = 4);

/// Code points that are letters or digits in the link's source (or target) sentences.
std::size_t contentLength(const Document& doc, std::size_t first, std::size_t count);

}  // namespace concord::rules
