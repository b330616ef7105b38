#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "aligners/sentence_anchors.h"

namespace concord::aligners {

/// Sentence pairs that one anchor word pins down: a key held by exactly one source sentence (as a word of its
/// own spelling, not a lexicon translation) and by exactly one target sentence, kept only where they form the
/// longest chain that rises on both sides (an accidental pair out of order falls away). In source order.
std::vector<std::pair<std::size_t, std::size_t>> pinnedPairs(const AnchorFeatures& features);

/// Where pass 1's band is centred on each of the n + 1 DP rows: at the target position whose characters
/// read so far agree with the source's under `ratio`, corrected by `pins` (pinnedPairs). On a long document
/// that line drifts (an omission, a merge, a longer passage each move it, and over 100,000 sentences the
/// drift outgrows any band); the pinned pairs pull it back where the words say the path is, the correction
/// interpolated between them. Both ends are fixed: row 0 at 0, row n at m.
std::vector<double> bandCentres(const AnchorFeatures& features, double ratio,
                                const std::vector<std::pair<std::size_t, std::size_t>>& pins);

}  // namespace concord::aligners
