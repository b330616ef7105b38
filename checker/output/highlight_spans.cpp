#include "checker/output/highlight_spans.h"

#include <algorithm>
#include <cstdint>

#include <unicode/utf8.h>

namespace concord {
namespace {

// Widens `range` to whole code points of `text` (ICU's U8_SET_CP_START / U8_SET_CP_LIMIT), so a finding
// whose offsets fall inside a character still highlights that character instead of cutting it.
TextRange snapToCodePoints(std::string_view text, TextRange range) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto begin = static_cast<int32_t>(std::min(range.begin, text.size()));
  auto end = static_cast<int32_t>(std::min(range.end, text.size()));
  if (begin < length) U8_SET_CP_START(bytes, 0, begin);
  if (end > 0 && end < length) U8_SET_CP_LIMIT(bytes, 0, end, length);
  return {static_cast<std::size_t>(begin), static_cast<std::size_t>(std::max(begin, end))};
}

// A UTF-8 character is at most four bytes: snapping moves a mark by less than that.
constexpr std::size_t kSnapSlack = 4;

}  // namespace

MarkSweep::MarkSweep(std::vector<HighlightMark> marks) : sorted_(std::move(marks)) {
  std::stable_sort(sorted_.begin(), sorted_.end(), [](const HighlightMark& a, const HighlightMark& b) {
    return a.range.begin < b.range.begin;
  });
}

const std::vector<HighlightMark>& MarkSweep::near(TextRange window) {
  if (window.begin < last_begin_) {
    next_ = 0;
    active_.clear();
  }
  last_begin_ = window.begin;
  while (next_ < sorted_.size() && sorted_[next_].range.begin <= window.end + kSnapSlack)
    active_.push_back(sorted_[next_++]);
  // Marks that end before this window end before every later one too.
  std::erase_if(active_, [&](const HighlightMark& m) { return m.range.end + kSnapSlack < window.begin; });
  return active_;
}

std::vector<HighlightPiece> splitHighlights(std::string_view text, TextRange window,
                                            const std::vector<HighlightMark>& marks) {
  window.end = std::min(window.end, text.size());
  window.begin = std::min(window.begin, window.end);

  // Clip every mark to the window; keep empty marks (insertion points) only when inside it.
  struct Clipped {
    TextRange range;
    const HighlightMark* mark;
  };
  std::vector<Clipped> clipped;
  std::vector<std::size_t> cuts{window.begin, window.end};
  for (const HighlightMark& mark : marks) {
    const TextRange snapped = snapToCodePoints(text, mark.range);
    if (snapped.empty()) {
      if (snapped.begin < window.begin || snapped.begin > window.end) continue;
      if (snapped.begin == window.end && window.end != text.size()) continue;  // belongs to the next window
    } else if (!snapped.overlaps(window)) {
      continue;
    }
    const TextRange inside{std::max(snapped.begin, window.begin), std::min(snapped.end, window.end)};
    clipped.push_back({inside, &mark});
    cuts.push_back(inside.begin);
    cuts.push_back(inside.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  auto collect = [&](TextRange piece, bool point) {
    HighlightPiece out{piece, {}, {}};
    for (const Clipped& c : clipped) {
      const bool covers =
          point ? (c.range.empty() && c.range.begin == piece.begin)
                : (!c.range.empty() && c.range.begin <= piece.begin && piece.end <= c.range.end);
      if (!covers) continue;
      (c.mark->counterpart ? out.counterparts : out.findings).push_back(c.mark->finding);
    }
    for (auto* list : {&out.findings, &out.counterparts}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    return out;
  };

  std::vector<HighlightPiece> pieces;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    // Insertion points at this cut come before the text that starts there.
    HighlightPiece point = collect({cuts[i], cuts[i]}, true);
    if (!point.plain()) pieces.push_back(std::move(point));
    if (i + 1 < cuts.size()) pieces.push_back(collect({cuts[i], cuts[i + 1]}, false));
  }
  // Merge neighbours that ended up with the same marks, so plain text is not cut needlessly.
  std::vector<HighlightPiece> merged;
  for (HighlightPiece& piece : pieces) {
    if (!merged.empty() && !merged.back().range.empty() && !piece.range.empty() &&
        merged.back().findings == piece.findings && merged.back().counterparts == piece.counterparts) {
      merged.back().range.end = piece.range.end;
    } else {
      merged.push_back(std::move(piece));
    }
  }
  return merged;
}

}  // namespace concord
