#include "rules/numbers/link_ranges.h"

namespace concord::rules {
namespace {
std::optional<TextRange> spanOf(const Document& doc, std::size_t begin, std::size_t count) {
  if (count == 0) return std::nullopt;
  return TextRange{doc.sentences()[begin].range.begin, doc.sentences()[begin + count - 1].range.end};
}
}  // namespace

std::optional<TextRange> sourceRangeOfLink(const AlignedPair& pair, const Link& link) {
  return spanOf(pair.source, link.source_begin, link.source_count);
}

std::optional<TextRange> targetRangeOfLink(const AlignedPair& pair, const Link& link) {
  // A moved sentence's source half reads as a 1-1 link with the translation found out of order; its target
  // half has no range of its own, so that a check reads the translation once, beside its source.
  if (link.moved_partner && link.source_count == 0) return std::nullopt;
  const Link& other = pair.alignment.counterpart(link);
  return spanOf(pair.target, other.target_begin, other.target_count);
}

std::size_t linkIndex(const AlignedPair& pair, const Link& link) {
  return static_cast<std::size_t>(&link - pair.alignment.links().data());
}

}  // namespace concord::rules
