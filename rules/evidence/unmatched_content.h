#pragma once

#include <optional>

#include "checker/model/finding.h"
#include "rules/evidence/length_ratio.h"
#include "rules/rule.h"

namespace concord::rules {

/// The shared logic of omission/* (side = source: content of the source missing from the target) and
/// addition/* (side = target: content of the target with no source). One implementation, so both directions
/// judge the same way.

/// A sentence of a merged link (2-1, 3-1 … on `side`) that the other side does not render: without it, the
/// link's lengths fit the article's ratio; with it, they are far off. Of several such sentences, the one
/// sharing the fewest names, numbers and cognates with the other side. `confidence` is high only when the
/// words agree.
struct DroppedSentence {
  std::size_t sentence = 0;
  double overlap = 0.0;
  double confidence = 0.0;
};
std::optional<DroppedSentence> droppedSentenceIn(const AlignedPair& pair, const Link& link,
                                                 const RatioModel& model, Side side);

/// Sentences of `side` in links with nothing on the other side (1-0 for the source, 0-1 for the target),
/// and the dropped sentence of merged links (droppedSentenceIn), boilerplate lines excepted; one finding per
/// sentence, on `side`.
void reportUnpairedSentences(const AlignedPair& pair, RuleContext& context, Side side);

/// Links whose length ratio lies far outside the pair's own distribution, on the short side for
/// Side::source (the target lost a clause) or the long side for Side::target (the target gained one).
/// Options: `threshold` (robust z-score, default 4) and `min-ratio` (the link must also be at least this
/// factor off the article's median, default 1.7).
void reportLengthOutliers(const AlignedPair& pair, RuleContext& context, Side side);

}  // namespace concord::rules
