#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "checker/model/text_range.h"

namespace concord {

/// One range to highlight: a finding's own span (`counterpart` false) or the aligned span on the other
/// side that explains it (`counterpart` true). `finding` is an index the caller chooses.
struct HighlightMark {
  TextRange range;
  std::size_t finding = 0;
  bool counterpart = false;
};

/// A piece of a window over which the set of covering marks does not change. Pieces with no marks are
/// plain text. An empty mark (an insertion point) yields an empty piece at its position.
struct HighlightPiece {
  TextRange range;
  std::vector<std::size_t> findings;      ///< marks with counterpart == false covering the piece, ascending
  std::vector<std::size_t> counterparts;  ///< marks with counterpart == true, ascending
  bool plain() const { return findings.empty() && counterparts.empty(); }
};

/// Cuts `window` of the UTF-8 `text` into consecutive pieces at every mark boundary, so overlapping and
/// nested findings become flat, non-overlapping pieces (valid HTML needs no crossing tags). Marks reaching
/// outside the window are clipped to it: a finding that spans two sentences shows in both rows. Boundaries
/// are moved out to whole code points, so a piece never splits a multi-byte character.
std::vector<HighlightPiece> splitHighlights(std::string_view text, TextRange window,
                                            const std::vector<HighlightMark>& marks);

}  // namespace concord
