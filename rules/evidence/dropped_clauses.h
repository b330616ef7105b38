#pragma once

#include <cstddef>
#include <optional>

#include "checker/model/alignment.h"
#include "checker/model/finding.h"
#include "checker/model/text_range.h"
#include "dictionaries/word_list.h"
#include "rules/numbers/number_extractor.h"

namespace concord::rules {

/// Whole clauses of one side of a link (clause_spans.h) that the other side does not render at all, while
/// the rest of the link is rendered: a relative clause, a coordinated clause or a "since 2018" phrase that a
/// translation dropped ("…, bei denen bis zu 90 Zentimeter Neuschnee fielen, …") or added.
struct UnrenderedClauses {
  TextRange range;              ///< from the first word of the first clause to the last word of the last
  std::size_t unrendered = 0;   ///< checkable words in them (word_rendering.h), none found on the other side
  std::size_t strong = 0;       ///< of those, figures and names
  bool changed_figure = false;  ///< holds a figure while the other side has one of its own: a changed figure
  std::size_t measured = 0;  ///< of the figures, those with a unit after them (a conversion may gloss them)
  bool bracketed = false;    ///< the stretch is all of a bracket's content: a gloss ("(2 inches)", "(AFP)")
  std::size_t rest_checkable = 0;  ///< checkable words of the link's other clauses on that side
  std::size_t rest_rendered = 0;   ///< of those, the ones the other side has
};

/// The strongest such stretch of `side` in `link` (most figures and names, then most words), judged against
/// the link's sentences on the other side; a stretch whose words mostly appear in the other side's sentences
/// just before or after the link (a clause the translation moved) is not one. `openers` are the clause
/// openers of `side`'s language. A figure counts as rendered when the other side has a number of the same
/// value as the extractors read them (2,800 and 2.800; 16.00 horas and 4 p.m.; 24 and сутки). nullopt when
/// there is none, the link has an empty side, or the pair's lexicon is too small to tell a paraphrase from
/// a gap (no FreeDict for the pair: only names and figures could match). `tolerated`: a clause with up to
/// that many rendered words still counts as unrendered when more of its words are missing (a pronoun or a
/// prefix the lexicon happened to meet).
std::optional<UnrenderedClauses> unrenderedClauses(const AlignedPair& pair, const Link& link, Side side,
                                                   const WordList& openers,
                                                   const NumberExtractor& own_numbers,
                                                   const NumberExtractor& other_numbers,
                                                   std::size_t tolerated = 0);

}  // namespace concord::rules
