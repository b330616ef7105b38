#pragma once

#include <cstddef>
#include <optional>

#include "checker/model/alignment.h"
#include "checker/model/text_range.h"

namespace concord::rules {

/// A stretch of a source sentence whose words the translation does not render: the clause machine
/// translation dropped ("…, tout en laissant entendre qu'une baisse pourrait intervenir dès juin si
/// l'inflation continue de ralentir" left out of "The ECB kept its rates unchanged").
struct UnrenderedRun {
  TextRange range;             ///< from the first to the last unrendered word of the stretch, in the source
  std::size_t unrendered = 0;  ///< words in it that the lexicon (or digits, or spelling) could have matched
  std::size_t checkable = 0;   ///< such words in the whole source side of the link
  std::size_t rendered = 0;    ///< of those, the ones found in the translation
};

/// The longest run of the link's checkable source words (numbers, words of 4+ letters that the FreeDict
/// lexicon translates, names) with none of them found in the link's target: not the same word up to
/// inflection (cognates, names), not its romanization across scripts, not a lexicon translation, not the same
/// digits. Words the lexicon does not know neither break nor lengthen a run. nullopt when the link has no
/// run of at least `min_words` such words.
std::optional<UnrenderedRun> longestUnrenderedRun(const AlignedPair& pair, const Link& link,
                                                  std::size_t min_words);

}  // namespace concord::rules
