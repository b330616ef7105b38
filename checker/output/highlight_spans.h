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

/// The marks near each window of a page, for windows asked in increasing order (the rows of one side): a
/// sweep over the marks sorted by start, so a page of N rows and M marks costs N + M + what the rows show,
/// not N × M. "Near" is a superset of what splitHighlights keeps (a few bytes of slack for code-point
/// snapping and insertion points at either end); the caller's filters stay exact.
class MarkSweep {
 public:
  explicit MarkSweep(std::vector<HighlightMark> marks);
  /// The marks that reach `window`. A window starting before the previous one restarts the sweep.
  const std::vector<HighlightMark>& near(TextRange window);

 private:
  std::vector<HighlightMark> sorted_;
  std::size_t next_ = 0;
  std::size_t last_begin_ = 0;
  std::vector<HighlightMark> active_;
};

}  // namespace concord
