#include "rules/evidence/unrendered_words.h"

#include <vector>

#include "aligners/lexicon.h"
#include "rules/evidence/acronym_expansion.h"
#include "rules/evidence/glued_figures.h"
#include "rules/evidence/term_match.h"
#include "rules/evidence/word_rendering.h"

namespace concord::rules {

std::optional<UnrenderedRun> longestUnrenderedRun(const AlignedPair& pair, const Link& link,
                                                  std::size_t min_words) {
  if (link.source_count == 0 || link.target_count == 0) return std::nullopt;
  const aligners::Lexicon& lexicon = aligners::lexiconFor(pair.source.language(), pair.target.language());
  const std::vector<Word> target = wordsOf(pair.target, link.target_begin, link.target_count);
  const TextRange target_span{pair.target.sentences()[link.target_begin].range.begin,
                              pair.target.sentences()[link.target_end() - 1].range.end};
  const std::string_view target_text = pair.target.textOf(target_span);

  UnrenderedRun best, current;
  std::size_t checkable = 0, found = 0;
  for (std::size_t s = link.source_begin; s < link.source_end(); ++s) {
    const std::vector<Word> words = wordsOf(pair.source, s, 1);
    // A name the target gives by its acronym, a figure run into a word: rendered (dropped_clauses.cpp too).
    const std::vector<bool> under_acronym = spelledOutByKeptAcronym(pair.source.text(), words, target);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const auto rendering = renderingOf(words[i], i, lexicon, target);
      if (!rendering) continue;  // nothing to look for
      ++checkable;
      if (rendering->rendered || under_acronym[i] ||
          (rendering->strong && gluedFigureIn(target_text, words[i].surface))) {
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
