#pragma once

#include <optional>

#include "checker/model/alignment.h"

namespace concord::rules {

/// The text of a link's source sentences / target sentences (nullopt when that side has none). The 1-0 half
/// of a moved sentence (Link::moved_partner) has its translation as target range, and the 0-1 half none: a
/// check that walks the links reads the moved translation once, with its source.
std::optional<TextRange> sourceRangeOfLink(const AlignedPair& pair, const Link& link);
std::optional<TextRange> targetRangeOfLink(const AlignedPair& pair, const Link& link);

/// The index of a link in the alignment's links (links are contiguous, so the target or source begin finds
/// it).
std::size_t linkIndex(const AlignedPair& pair, const Link& link);

}  // namespace concord::rules
