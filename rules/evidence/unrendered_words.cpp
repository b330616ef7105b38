#include "rules/evidence/unrendered_words.h"

#include <vector>

#include "aligners/lexicon.h"
#include "rules/evidence/term_match.h"
#include "rules/evidence/word_rendering.h"

namespace concord::rules {

std::optional<UnrenderedRun> longestUnrenderedRun(const AlignedPair& pair, const Link& link,
                                                  std::size_t min_words) {
  if (link.source_count == 0 || link.target_count == 0) return std::nullopt;
  const aligners::Lexicon& lexicon = aligners::lexiconFor(pair.source.language(), pair.target.language());
  const std::vector<Word> target = wordsOf(pair.target, link.target_begin, link.target_count);

  UnrenderedRun best, current;
  std::size_t checkable = 0, found = 0;
  for (std::size_t s = link.source_begin; s < link.source_end(); ++s) {
    const std::vector<Word> words = wordsOf(pair.source, s, 1);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const auto rendering = renderingOf(words[i], i, lexicon, target);
      if (!rendering) continue;  // nothing to look for
      ++checkable;
      if (rendering->rendered) {
        ++found;
        current = {};
        continue;
      }
      const Word& word = words[i];
      if (current.unrendered == 0) current.range.begin = word.range.begin;
      current.range.end = word.range.end;
      if (++current.unrendered > best.unrendered) best = current;
    }
  }
  if (best.unrendered < min_words) return std::nullopt;
  best.checkable = checkable;
  best.rendered = found;
  return best;
}

}  // namespace concord::rules
