#pragma once

#include <cstddef>
#include <vector>

#include "aligners/link_cost.h"
#include "checker/model/alignment.h"

namespace concord::aligners {

/// How many moves pairMovedSentences made, and how many source sentences they hold.
struct MovedPassages {
  std::size_t moves = 0;
  std::size_t source_sentences = 0;
};

/// When a 1-0 and a 0-1 link are one move (see pairMovedSentences).
struct MoveLimits {
  double max_cost = -4;       ///< at most this cost as one link (AnchorWeights::moved_cost)
  std::size_t window = 40;    ///< at most this many links apart
  double extra_sentence = 2;  ///< what each sentence beyond a 1-1 must save more
};

/// Finds passages the translation moved. A monotone alignment can only report a sentence that changed place
/// as a 1-0 link (the "omission") plus a 0-1 link elsewhere (the "addition"); where the two translate each
/// other — their cost as one link at most `limits.max_cost`, and at least one anchor word shared — the two
/// links name each other as Link::moved_partner, so that rules see one moved passage instead of an omission
/// and an addition. A passage may be 2 or 3 consecutive 1-0 links whose translation is one 0-1 link (the
/// translator moved and merged them), or the reverse: those runs are joined into one 2-0/3-0 (0-2/0-3) link
/// first. Candidates lie within `limits.window` links of each other (which keeps the pass linear); the moves
/// that save most cost over the links they replace are taken first, and each link joins at most one move.
MovedPassages pairMovedSentences(std::vector<Link>& links, LinkCostModel& model, const MoveLimits& limits);

}  // namespace concord::aligners
