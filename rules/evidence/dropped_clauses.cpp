#include "rules/evidence/dropped_clauses.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "aligners/lexicon.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "rules/evidence/acronym_expansion.h"
#include "rules/evidence/clause_acronym_glosses.h"
#include "rules/evidence/clause_spans.h"
#include "rules/evidence/glued_figures.h"
#include "rules/evidence/number_values.h"
#include "rules/evidence/term_match.h"
#include "rules/evidence/word_rendering.h"

namespace concord::rules {
namespace {

// A lexicon with fewer entries than this renders too few words for an unrendered clause to mean anything.
constexpr std::size_t kMinLexiconEntries = 5000;
// A clause with one word found and this many missing still counts as unrendered (see unrendered()).
constexpr std::size_t kLoneFoundMissing = 3;

std::vector<NumberMention> mentionsIn(const Document& doc, std::size_t first, std::size_t count,
                                      const NumberExtractor& numbers) {
  if (count == 0 || first >= doc.sentences().size()) return {};
  const std::size_t last = std::min(first + count, doc.sentences().size()) - 1;
  return numbers.extract(doc.text(), {doc.sentences()[first].range.begin, doc.sentences()[last].range.end});
}

// A capitalised word after the sentence's first, as word_rendering.h reads a name.
bool isName(const Word& word, std::size_t index) {
  return index > 0 && word.length >= 3 && isUpper(codePointAt(word.surface, 0));
}

// Whether the text before `at`, blanks aside, ends with a sentence's final mark.
bool afterSentenceEnd(std::string_view text, std::size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  return at > 0 && (text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?');
}

// Whether `range` of `text` is the whole content of a pair of brackets, blanks aside.
bool inBrackets(std::string_view text, TextRange range) {
  std::size_t before = range.begin;
  while (before > 0 && text[before - 1] == ' ') --before;
  std::size_t after = range.end;
  while (after < text.size() && text[after] == ' ') ++after;
  return before > 0 && text[before - 1] == '(' && after < text.size() && text[after] == ')';
}

const NumberMention* mentionAt(TextRange range, const std::vector<NumberMention>& own) {
  for (const NumberMention& m : own)
    if (range.begin >= m.range.begin && range.end <= m.range.end) return &m;
  return nullptr;
}

// Whether the other side has a number of the same value as `mention`.
bool numberRendered(const NumberMention& mention, const std::vector<NumberMention>& other) {
  for (const NumberMention& o : other)
    if (sameNumberValue(mention, o)) return true;
  return false;
}

// Takes as rendered the words of multi-word names of checked[first…] that the other side does not have (two
// or more of one name), while the other side has acronyms this side does not keep with at least as many
// letters left as those words: "the Far East branch of the Russian Academy of Sciences" for "ДВО РАН", "the
// Emergencies Ministry" for "МЧС". A gloss for the reader, not a clause added (or,
// the other way, a name the translation shortened to its acronym, not one dropped). Names are taken in text
// order until the letters run out, so a long list of names beside one short acronym still shows.
void spellOutAcronyms(const std::vector<std::size_t>& name_of_word,
                      const std::vector<std::size_t>& word_of_checked,
                      std::vector<ClauseComparison::CheckedWord>& checked, std::size_t first,
                      std::size_t& letters) {
  std::size_t names = 0;  // multiWordNames numbers them 0, 1, …
  for (const std::size_t name : name_of_word)
    if (name != kNoName) names = std::max(names, name + 1);
  for (std::size_t name = 0; name < names && letters > 0; ++name) {
    std::vector<std::size_t> members;  // its words the other side does not have
    for (std::size_t c = first; c < checked.size(); ++c)
      if (name_of_word[word_of_checked[c - first]] == name && !checked[c].rendering.rendered &&
          !checked[c].figure)
        members.push_back(c);
    if (members.size() < 2 || members.size() > letters) continue;
    for (const std::size_t c : members) checked[c].rendering.rendered = true;
    letters -= members.size();
  }
}

}  // namespace

ClauseComparison::ClauseComparison(const AlignedPair& pair, const DictionarySet& dictionaries)
    : pair_(pair), dictionaries_(dictionaries) {}

const NumberExtractor& ClauseComparison::numbers(Side side) {
  auto& slot = numbers_[side == Side::source ? 0 : 1];
  if (!slot) slot.emplace((side == Side::source ? pair_.source : pair_.target).language(), dictionaries_);
  return *slot;
}

const std::vector<Word>& ClauseComparison::documentWords(Side side) {
  auto& slot = document_words_[side == Side::source ? 0 : 1];
  if (!slot) {
    const Document& doc = side == Side::source ? pair_.source : pair_.target;
    slot = doc.sentences().empty() ? std::vector<Word>() : wordsOf(doc, 0, doc.sentences().size());
  }
  return *slot;
}

bool ClauseComparison::inDocument(const Word& word, Side side) {
  // What inflectionMatch reads of `word`.
  std::string key = word.acronym ? "acronym " + word.surface : word.key + ' ' + std::to_string(word.length);
  auto& known = in_document_[side == Side::source ? 0 : 1];
  if (const auto found = known.find(key); found != known.end()) return found->second;
  const std::vector<Word>& words = documentWords(side);
  const bool found =
      std::any_of(words.begin(), words.end(), [&](const Word& w) { return inflectionMatch(w, word); });
  known.emplace(std::move(key), found);
  return found;
}

const std::vector<NumberMention>& ClauseComparison::mentions(Side side, std::size_t first,
                                                             std::size_t count) {
  const auto key = std::make_tuple(side == Side::source ? 0 : 1, first, count);
  if (const auto known = mentions_.find(key); known != mentions_.end()) return known->second;
  return mentions_[key] =
             mentionsIn(side == Side::source ? pair_.source : pair_.target, first, count, numbers(side));
}

const ClauseComparison::SideWords* ClauseComparison::sideWords(const Link& link, Side side) {
  const auto key = std::make_tuple(link.source_begin, link.source_count, link.target_begin, link.target_count,
                                   side == Side::source ? 0 : 1);
  if (const auto known = compared_.find(key); known != compared_.end())
    return known->second ? &*known->second : nullptr;
  std::optional<SideWords>& result = compared_[key];
  if (link.source_count == 0 || link.target_count == 0) return nullptr;
  const Side other_side = side == Side::source ? Side::target : Side::source;
  const Document& own = side == Side::source ? pair_.source : pair_.target;
  const Document& other = side == Side::source ? pair_.target : pair_.source;
  const std::size_t first = side == Side::source ? link.source_begin : link.target_begin;
  const std::size_t count = side == Side::source ? link.source_count : link.target_count;
  const std::size_t other_first = side == Side::source ? link.target_begin : link.source_begin;
  const std::size_t other_count = side == Side::source ? link.target_count : link.source_count;
  const aligners::Lexicon& lexicon = aligners::lexiconFor(own.language(), other.language());
  if (lexicon.size() < kMinLexiconEntries) return nullptr;
  const WordList& openers = dictionaries_.clauseOpeners(own.language());
  const std::vector<NumberMention>& own_mentions = mentions(side, first, count);
  const std::vector<NumberMention>& other_mentions = mentions(other_side, other_first, other_count);
  const std::vector<Word> rendering_side = wordsOf(other, other_first, other_count);
  const std::string_view other_text = std::string_view(other.text())
                                          .substr(other.sentences()[other_first].range.begin,
                                                  other.sentences()[other_first + other_count - 1].range.end -
                                                      other.sentences()[other_first].range.begin);
  // The other side's sentences on either side of the link: a clause found there was moved, not dropped.
  std::vector<Word> around;
  if (other_first > 0) around = wordsOf(other, other_first - 1, 1);
  for (Word& w : wordsOf(other, other_first + other_count, 1)) around.push_back(std::move(w));

  std::vector<NumberMention> around_mentions;
  if (other_first > 0) around_mentions = mentions(other_side, other_first - 1, 1);
  if (other_first + other_count < other.sentences().size())
    for (const NumberMention& m : mentions(other_side, other_first + other_count, 1))
      around_mentions.push_back(m);
  SideWords words_of_side;
  for (const NumberMention& o : other_mentions) {
    if (o.weak) continue;
    bool matched = false;
    for (const NumberMention& m : own_mentions) matched = matched || sameNumberValue(m, o);
    words_of_side.other_has_own_figure = words_of_side.other_has_own_figure || !matched;
  }
  const bool other_has_own_figure = words_of_side.other_has_own_figure;
  std::vector<CheckedWord>& checked = words_of_side.checked;
  std::vector<TextRange>& clause_ranges = words_of_side.clause_ranges;
  std::vector<std::size_t>& clause_sentence = words_of_side.clause_sentence;
  std::size_t clause_base = 0;
  // Letters of the other side's acronyms this side does not keep: names this side may have spelled them
  // out with (see spellOutAcronyms below).
  std::size_t acronym_letters = lettersOfAcronymsNotKept(rendering_side, wordsOf(own, first, count));
  for (std::size_t s = first; s < first + count; ++s) {
    const std::vector<Word> words = wordsOf(own, s, 1);
    const std::vector<std::size_t> clauses = clauseOfEachWord(own.text(), words, openers);
    const std::vector<bool> under_acronym = spelledOutByKeptAcronym(own.text(), words, rendering_side);
    const std::size_t sentence_checked = checked.size();
    std::vector<std::size_t> word_of_checked;  // from sentence_checked on
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::size_t clause = clause_base + clauses[i];
      if (clause >= clause_ranges.size()) clause_ranges.resize(clause + 1, words[i].range);
      clause_ranges[clause].end = words[i].range.end;
      // An opener is a function word (which, während): the lexicon's many renderings of it prove nothing.
      if (openers.contains(words[i].surface)) continue;
      auto rendering = renderingOf(words[i], i, lexicon, rendering_side);
      const NumberMention* mention = mentionAt(words[i].range, own_mentions);
      // A short number word ("six", "two") is checkable too: its value is what the other side must have.
      if (!rendering && mention && mention->spelled && !mention->weak) rendering = WordRendering{};
      if (!rendering) continue;
      // A number in words ("six weeks") is as telling as a figure, unless it may be an article ("one").
      if (mention && !mention->weak && !mention->ordinal) rendering->strong = true;
      // While the other side has a figure of its own, a figure missing may have been changed into it (8 p.m.
      // → 18 Uhr): numbers/mismatch reports that, and the figure proves no clause missing.
      if (mention && other_has_own_figure) rendering->strong = false;
      if (!rendering->rendered && mention && numberRendered(*mention, other_mentions))
        rendering->rendered = true;
      if (!rendering->rendered && mention && !mention->spelled && gluedFigureIn(other_text, words[i].surface))
        rendering->rendered = true;
      if (!rendering->rendered && under_acronym[i]) rendering->rendered = true;
      CheckedWord word{words[i].range, clause, *rendering, false, false, false, false};
      if (mention) {
        word.measured = mention->unit.has_value();
        word.figure = true;
      }
      if (!rendering->rendered && mention) {
        // A figure moved with its clause when the neighbours have its value; its word's lexicon
        // renderings (noventa → ninety, nineties …) prove nothing there.
        word.near = numberRendered(*mention, around_mentions);
      } else if (!rendering->rendered) {
        const auto there = renderingOf(words[i], i, lexicon, around);
        word.near = there && there->rendered;
        word.known_name = !mention && isName(words[i], i) && inDocument(words[i], other_side);
      }
      checked.push_back(word);
      word_of_checked.push_back(i);
    }
    spellOutAcronyms(multiWordNames(words), word_of_checked, checked, sentence_checked, acronym_letters);
    clause_sentence.resize(clause_ranges.size(), s);
    clause_base = clause_ranges.size();
  }
  result = std::move(words_of_side);
  return &*result;
}

std::optional<UnrenderedClauses> ClauseComparison::unrendered(const Link& link, Side side,
                                                              std::size_t tolerated) {
  const SideWords* side_words = sideWords(link, side);
  if (!side_words) return std::nullopt;
  const Document& own = side == Side::source ? pair_.source : pair_.target;
  const std::vector<CheckedWord>& checked = side_words->checked;
  const std::vector<TextRange>& clause_ranges = side_words->clause_ranges;
  const std::vector<std::size_t>& clause_sentence = side_words->clause_sentence;
  const bool other_has_own_figure = side_words->other_has_own_figure;
  // The clauses that hold checkable words, as [begin, end) into `checked`, and whether any word is rendered.
  struct Clause {
    std::size_t begin = 0, end = 0;
    bool rendered = false;
  };
  std::vector<Clause> clauses;
  for (std::size_t w = 0; w < checked.size();) {
    std::size_t end = w, found = 0, figures_missing = 0;
    for (; end < checked.size() && checked[end].clause == checked[w].clause; ++end) {
      found += checked[end].rendering.rendered ? 1 : 0;
      figures_missing += !checked[end].rendering.rendered && checked[end].rendering.strong ? 1 : 0;
    }
    // Rendered: more words found than tolerated, or no more missing than found. But one word found of a
    // clause that lost its figure and kLoneFoundMissing or more words is no proof: a common word (found,
    // were, year) the translation uses in another clause of the sentence ("que fueron descubiertos en los
    // años noventa" against "has found no major new reserves"). Without a figure missing, one word found
    // stays proof enough: loose translations render a clause by one word and a paraphrase.
    const std::size_t missing = end - w - found;
    const bool lone_word =
        tolerated == 0 && found == 1 && figures_missing > 0 && missing >= kLoneFoundMissing;
    const bool rendered = !lone_word && (found > tolerated || (found > 0 && missing <= found));
    clauses.push_back({w, end, rendered});
    w = end;
  }
  // Runs of consecutive clauses none of whose checkable words is rendered (clauses with no checkable word
  // between them hold nothing to judge and neither break nor end a run).
  std::optional<UnrenderedClauses> best;
  for (std::size_t c = 0; c < clauses.size();) {
    if (clauses[c].rendered) {
      ++c;
      continue;
    }
    std::size_t last = c;
    while (last + 1 < clauses.size() && !clauses[last + 1].rendered) ++last;
    const std::size_t begin = clauses[c].begin, end = clauses[last].end;
    c = last + 1;
    UnrenderedClauses run;
    // The clauses just before the run that hold nothing to check ("bei", "denen" before "bis zu 120 Liter …")
    // open it: the span starts with them.
    std::size_t first_clause = checked[begin].clause;
    const std::size_t previous_checked = begin > 0 ? checked[begin - 1].clause + 1 : 0;
    while (first_clause > previous_checked &&
           clause_sentence[first_clause - 1] == clause_sentence[checked[begin].clause] &&
           clause_ranges[first_clause - 1].begin < clause_ranges[first_clause].begin)
      --first_clause;
    run.range = {clause_ranges[first_clause].begin, clause_ranges[checked[end - 1].clause].end};
    // All of one sentence: of a link that holds several on this side (the aligner merged a sentence the
    // other side does not have into its neighbour's link), or after a sentence's final mark the segmenter
    // took for an abbreviation's ("… setzten einen Notruf ab. Sie wurden …").
    const std::size_t sentence = clause_sentence[checked[begin].clause];
    const auto sentenceOf = [&](std::size_t w) { return clause_sentence[checked[w].clause]; };
    const bool to_sentence_end = end == checked.size() || sentenceOf(end) != sentence;
    const bool from_sentence_start = begin == 0 || sentenceOf(begin - 1) != sentence;
    if (sentenceOf(end - 1) == sentence && to_sentence_end &&
        ((from_sentence_start && clause_sentence.front() != clause_sentence.back()) ||
         afterSentenceEnd(own.text(), run.range.begin))) {
      run.whole_sentence = true;
      if (from_sentence_start) run.range = own.sentences()[sentence].range;
    }
    run.bracketed = inBrackets(own.text(), run.range);
    std::size_t near = 0, near_strong = 0;
    for (std::size_t w = begin; w < end; ++w) {
      if (checked[w].rendering.rendered) continue;
      ++run.unrendered;
      if (checked[w].rendering.strong) ++run.strong;
      if (checked[w].rendering.strong && checked[w].measured) ++run.measured;
      if (checked[w].figure && other_has_own_figure) run.changed_figure = true;
      if (checked[w].near) ++near;
      if (checked[w].near && checked[w].rendering.strong) ++near_strong;
      if (checked[w].known_name) ++run.known_names;
    }
    for (std::size_t w = 0; w < checked.size(); ++w) {
      if (w >= begin && w < end) continue;
      ++run.rest_checkable;
      if (checked[w].rendering.rendered) ++run.rest_rendered;
    }
    // Moved to a neighbouring sentence, not dropped: most of its words are there. A moved clause takes its
    // figures with it; when none of them is there, the words found are common ones the neighbours happen to
    // use ("años", "reducido" against "for years", "cut their orders").
    if (2 * near >= run.unrendered && (run.strong == 0 || near_strong > 0)) continue;
    if (!best || run.strong > best->strong ||
        (run.strong == best->strong && run.unrendered > best->unrendered))
      best = run;
  }
  return best;
}

}  // namespace concord::rules
