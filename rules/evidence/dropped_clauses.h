#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "checker/model/alignment.h"
#include "checker/model/finding.h"
#include "checker/model/text_range.h"
#include "dictionaries/word_list.h"
#include "rules/evidence/word_rendering.h"
#include "rules/numbers/number_extractor.h"

namespace concord {
class DictionarySet;
}

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
  /// the stretch is all of one sentence of a link with several on this side, or follows a sentence's final
  /// mark the segmenter did not split at ("… ab. Sie wurden …")
  bool whole_sentence = false;
  bool bracketed = false;  ///< the stretch is all of a bracket's content: a gloss ("(2 inches)", "(AFP)")
  /// of the unrendered words, names the other side's article spells the same way elsewhere: not a
  /// romanization the lookup missed, but a name this link's other side does not mention
  std::size_t known_names = 0;
  std::size_t rest_checkable = 0;  ///< checkable words of the link's other clauses on that side
  std::size_t rest_rendered = 0;   ///< of those, the ones the other side has
};

/// The clause comparison of one pair, shared by omission/clause (source side) and addition/clause (target
/// side) through the pair's evidence store (pair_evidence.h): each link's words are looked up on the other
/// side once per side, and each side's figures read once per link by one extractor per language, whichever
/// rule asks first and however many `tolerated` levels it asks about.
class ClauseComparison {
 public:
  /// `pair` and `dictionaries` must outlive this object.
  ClauseComparison(const AlignedPair& pair, const DictionarySet& dictionaries);

  /// The strongest stretch of `side` in `link` none of whose clauses the other side renders (most figures
  /// and names, then most words), judged against the link's sentences on the other side; a stretch whose
  /// words mostly appear in the other side's sentences just before or after the link (a clause the
  /// translation moved) is not one. A figure counts as rendered when the other side has a number of the same
  /// value (number_values.h: 2,800 and 2.800; 16.00 horas and 4 p.m.; the 1990s and los años noventa).
  /// nullopt when there is none, the link has an empty side, or the pair's lexicon is too small to tell a
  /// paraphrase from a gap (no FreeDict for the pair: only names and figures could match). `tolerated`: a
  /// clause with up to that many rendered words still counts as unrendered when more of its words are
  /// missing (a pronoun or a prefix the lexicon happened to meet).
  std::optional<UnrenderedClauses> unrendered(const Link& link, Side side, std::size_t tolerated = 0);

  /// One checkable word of a link's side: where it is, its clause, and what the other side shows of it.
  struct CheckedWord {
    TextRange range;
    std::size_t clause = 0;  ///< numbered across the link's sentences
    WordRendering rendering;
    bool near = false;        ///< found in the other side's sentences around the link
    bool measured = false;    ///< a figure with a unit after it
    bool figure = false;      ///< a number, in figures or words
    bool known_name = false;  ///< an unrendered name the other side's article has elsewhere
  };
  /// A link's side, compared word by word with the other side (the costly part, done once).
  struct SideWords {
    std::vector<CheckedWord> checked;
    std::vector<TextRange> clause_ranges;      ///< every clause's words, first to last
    std::vector<std::size_t> clause_sentence;  ///< the sentence of each clause
    bool other_has_own_figure = false;         ///< the other side has a figure this side lacks
  };

 private:
  const SideWords* sideWords(const Link& link, Side side);
  const NumberExtractor& numbers(Side side);
  /// Every word of `side`'s article, read once.
  const std::vector<Word>& documentWords(Side side);
  /// Whether `word` appears (up to inflection) anywhere in `side`'s article.
  bool inDocument(const Word& word, Side side);
  /// The figures of `count` sentences of `side` from `first`, read once (each link's sides are read as the
  /// judged side and as the other).
  const std::vector<NumberMention>& mentions(Side side, std::size_t first, std::size_t count);

  const AlignedPair& pair_;
  const DictionarySet& dictionaries_;
  std::array<std::optional<NumberExtractor>, 2> numbers_;
  std::array<std::optional<std::vector<Word>>, 2> document_words_;
  /// inDocument's answers per side and word (its key and length, or an acronym's surface): each scan of the
  /// other side's words is made once per word, not once per clause that holds it.
  std::array<std::map<std::string, bool, std::less<>>, 2> in_document_;
  std::map<std::tuple<int, std::size_t, std::size_t>, std::vector<NumberMention>> mentions_;
  /// key: the link's four bounds and the side; nullopt when the side cannot be judged.
  std::map<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t, int>, std::optional<SideWords>>
      compared_;
};

}  // namespace concord::rules
