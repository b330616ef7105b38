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

}  // namespace

std::vector<std::size_t> clauseOfEachWord(std::string_view text, const std::vector<Word>& words,
                                          const WordList& openers) {
  std::vector<std::size_t> clause(words.size(), 0);
  std::size_t current = 0;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::size_t gap_begin = words[i - 1].range.end, gap_end = words[i].range.begin;
    const bool punctuated = gap_end > gap_begin && gapEndsClause(text.substr(gap_begin, gap_end - gap_begin));
    if (punctuated || openers.contains(words[i].surface)) ++current;
    clause[i] = current;
  }
  return clause;
}

}  // namespace concord::rules
