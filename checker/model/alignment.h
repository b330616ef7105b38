#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "checker/model/document.h"

namespace concord {

/// A link between `source_count` consecutive source sentences and `target_count` consecutive target
/// sentences (0-1, 1-0, 1-1, 1-2, 2-1, 2-2 …). Sentence indices are into Document::sentences().
struct Link {
  std::size_t source_begin = 0;
  std::size_t source_count = 0;
  std::size_t target_begin = 0;
  std::size_t target_count = 0;
  double confidence = 1.0;  ///< 0..1: how sure the aligner is of this link
  double cost = 0.0;        ///< the aligner's own cost (lower is better), for diagnostics
  /// A 1-0 link whose sentence the target has elsewhere, out of order (the translation moved it), holds the
  /// index in Alignment::links() of the 0-1 link with that translation, and that 0-1 link holds this one's:
  /// a moved sentence, neither omitted nor added. A moved passage is the same with a 2-0 or 3-0 link (two
  /// or three source sentences the translation moved and merged) or a 0-2/0-3 link (one it moved and
  /// split). Links stay in document order on both sides.
  std::optional<std::size_t> moved_partner;

  std::size_t source_end() const { return source_begin + source_count; }
  std::size_t target_end() const { return target_begin + target_count; }
  /// "1-1", "2-1", "1-0" … (source count first).
  std::string kind() const;
};

/// The links, in document order; every sentence of both sides is in exactly one link. A moved sentence is a
/// 1-0 link and a 0-1 link that name each other (Link::moved_partner); a moved passage, k-0 and 0-k links.
class Alignment {
 public:
  Alignment() = default;
  Alignment(std::vector<Link> links, std::size_t source_sentences, std::size_t target_sentences);

  const std::vector<Link>& links() const { return links_; }
  /// The link holding target sentence `index` / source sentence `index`.
  const Link& linkOfTarget(std::size_t index) const { return links_[target_link_[index]]; }
  const Link& linkOfSource(std::size_t index) const { return links_[source_link_[index]]; }
  /// The link holding a moved link's translation (0-1 for a 1-0, or the reverse); nullptr for any other link.
  const Link* movedPartner(const Link& link) const {
    return link.moved_partner ? &links_[*link.moved_partner] : nullptr;
  }
  /// The link holding the other side of `link`'s sentences: its moved partner, else `link` itself.
  const Link& counterpart(const Link& link) const {
    return link.moved_partner ? links_[*link.moved_partner] : link;
  }
  /// Diagnostics the aligner wants to show in verbose output ("used 42 lexicon hits").
  std::vector<std::string> notes;

 private:
  std::vector<Link> links_;
  std::vector<std::size_t> source_link_;
  std::vector<std::size_t> target_link_;
};

/// Interface of sentence aligners (aligners/ has the implementations).
class Aligner {
 public:
  virtual ~Aligner() = default;
  virtual Alignment align(const Document& source, const Document& target) const = 0;
};

/// Both documents and their alignment: everything a rule reads.
struct AlignedPair {
  const Document& source;
  const Document& target;
  const Alignment& alignment;

  /// The source range aligned to target sentence `index` (nullopt for a 0-1 link, unless the sentence moved:
  /// then its translation's range).
  std::optional<TextRange> sourceRangeOfTarget(std::size_t index) const;
  /// The target range aligned to source sentence `index`.
  std::optional<TextRange> targetRangeOfSource(std::size_t index) const;
};

}  // namespace concord
