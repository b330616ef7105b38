#pragma once

#include <cstddef>
#include <optional>

#include "checker/model/alignment.h"

namespace concord::rules {

/// A target sentence that is one of its aligned source sentences, untranslated.
struct CopiedSentence {
  std::size_t source = 0;    ///< the source sentence it copies
  std::size_t distance = 0;  ///< words changed: 0, or 1 in a sentence of eight words or more
};

/// The source sentence of `link` whose words target sentence `t` repeats (after NFC, case folding and accent
/// removal; at most one word different in a long sentence), or nullopt. Sentences under 3 words and lines of
/// names, numbers or acronyms only never count. untranslated/sentence reports these sentences, and
/// untranslated/word leaves their words to it, so that one copied sentence is one finding.
std::optional<CopiedSentence> copiedSentence(const AlignedPair& pair, const Link& link, std::size_t t);

}  // namespace concord::rules
