#include "checker/model/alignment.h"

#include <stdexcept>

namespace concord {

std::string Link::kind() const { return std::to_string(source_count) + "-" + std::to_string(target_count); }

Alignment::Alignment(std::vector<Link> links, std::size_t source_sentences, std::size_t target_sentences)
    : links_(std::move(links)), source_link_(source_sentences), target_link_(target_sentences) {
  std::size_t next_source = 0, next_target = 0;
  for (std::size_t i = 0; i < links_.size(); ++i) {
    const Link& link = links_[i];
    if (link.source_begin != next_source || link.target_begin != next_target) {
      throw std::logic_error("alignment links are not contiguous at link " + std::to_string(i));
    }
    for (std::size_t s = link.source_begin; s < link.source_end(); ++s) source_link_[s] = i;
    for (std::size_t t = link.target_begin; t < link.target_end(); ++t) target_link_[t] = i;
    next_source = link.source_end();
    next_target = link.target_end();
  }
  if (next_source != source_sentences || next_target != target_sentences) {
    throw std::logic_error("alignment does not cover every sentence");
  }
  for (std::size_t i = 0; i < links_.size(); ++i) {
    const auto partner = links_[i].moved_partner;
    if (!partner) continue;
    const Link& a = links_[i];
    const Link& b = *partner < links_.size() ? links_[*partner] : a;
    // One half holds only source sentences, the other only target sentences.
    const bool source_half = a.source_count > 0 && a.target_count == 0;
    const bool target_half = a.source_count == 0 && a.target_count > 0;
    const bool halves_match = (source_half && b.source_count == 0 && b.target_count > 0) ||
                              (target_half && b.source_count > 0 && b.target_count == 0);
    if (!halves_match || b.moved_partner != i)
      throw std::logic_error("moved link " + std::to_string(i) + " does not pair a k-0 with a 0-k link");
  }
}

namespace {
std::optional<TextRange> spanOf(const Document& doc, std::size_t begin, std::size_t count) {
  if (count == 0) return std::nullopt;
  return TextRange{doc.sentences()[begin].range.begin, doc.sentences()[begin + count - 1].range.end};
}
}  // namespace

std::optional<TextRange> AlignedPair::sourceRangeOfTarget(std::size_t index) const {
  const Link& link = alignment.counterpart(alignment.linkOfTarget(index));
  return spanOf(source, link.source_begin, link.source_count);
}

std::optional<TextRange> AlignedPair::targetRangeOfSource(std::size_t index) const {
  const Link& link = alignment.counterpart(alignment.linkOfSource(index));
  return spanOf(target, link.target_begin, link.target_count);
}

}  // namespace concord
