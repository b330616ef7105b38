#include "rules/evidence/clause_spans.h"

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

// Marks that end a clause when they stand between two words: punctuation a writer puts at a clause's edge,
// and quotation marks (a quotation is reported or dropped as a whole).
bool endsClause(char32_t cp) {
  switch (cp) {
    case U',':
    case U';':
    // A sentence's end inside what the segmenter read as one sentence ("… setzten einen Notruf ab. Sie
    // wurden …", where "ab." passed for an abbreviation): the second sentence is a unit a translation drops
    // whole. An abbreviation's period cuts a clause too early at worst.
    case U'.':
    case U'!':
    case U'?':
    case U':':
    case U'(':
    case U')':
    case U'[':
    case U']':
    case U'\u2013':  // – en dash
    case U'\u2014':  // — em dash
    case U'"':
    case U'\u00AB':  // «
    case U'\u00BB':  // »
    case U'\u201C':  // “
    case U'\u201D':  // ”
    case U'\u201E':  // „
      return true;
    default:
      return false;
  }
}

bool gapEndsClause(std::string_view gap) {
  for (std::size_t at = 0; at < gap.size();) {
    std::size_t len = 0;
    if (endsClause(codePointAt(gap, at, &len))) return true;
    at += len > 0 ? len : 1;
  }
  return false;
}

bool hasLetterOrDigit(std::string_view word) {
  for (std::size_t at = 0; at < word.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(word, at, &len);
    if (isLetter(cp) || isDigit(cp)) return true;
    at += len > 0 ? len : 1;
  }
  return false;
}

}  // namespace

std::vector<std::size_t> clauseOfEachWord(std::string_view text, const std::vector<Word>& words,
                                          const WordList& openers) {
  std::vector<std::size_t> clause(words.size(), 0);
  std::size_t current = 0;
  bool cut = false;  // a clause-ending mark since the last word
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      const std::size_t gap_begin = words[i - 1].range.end, gap_end = words[i].range.begin;
      if (gap_end > gap_begin && gapEndsClause(text.substr(gap_begin, gap_end - gap_begin))) cut = true;
    }
    // The word breaker may hand punctuation over as words of its own: a mark, not a word of the clause.
    if (!hasLetterOrDigit(words[i].surface)) {
      if (gapEndsClause(words[i].surface)) cut = true;
      clause[i] = current;
      continue;
    }
    if (i > 0 && (cut || openers.contains(words[i].surface))) ++current;
    cut = false;
    clause[i] = current;
  }
  return clause;
}

}  // namespace concord::rules
