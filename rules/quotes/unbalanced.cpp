#include "rules/quotes/unbalanced.h"

#include <algorithm>
#include <optional>

#include "checker/model/unicode_text.h"
#include "rules/evidence/quote_marks.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "quotes/unbalanced", "Quotation marks in a target paragraph that do not open and close in pairs",
    "Machine translation often breaks a quotation in two, reopens one that is already open, or drops a "
    "closing "
    "mark; readers then cannot tell who says what. The source sentence usually has one clean quotation.",
    Severity::warning};

struct Open {
  QuoteMark mark;
  char32_t closer;
};

bool isDoubleMark(char32_t cp) {
  return cp == U'"' || cp == U'“' || cp == U'”' || cp == U'„' || cp == U'‟' || cp == U'«' || cp == U'»';
}

// The paragraph's first mark opens a quotation with the same mark the previous paragraph left open:
// a running quotation, which English and French style continue this way.
bool continuesQuotation(const std::vector<QuoteMark>& next_marks, char32_t open_mark,
                        TextRange next_paragraph) {
  if (next_marks.empty() || next_marks.front().mark != open_mark) return false;
  return next_marks.front().range.begin == next_paragraph.begin;
}

// From a mark to the end of the word after it: “The whole → "“The"; enough context for the caret.
TextRange markWithNextWord(std::string_view text, TextRange mark, TextRange paragraph) {
  std::size_t end = mark.end;
  int words = 0;
  bool in_word = false;
  while (end < paragraph.end) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, end, &len);
    if (isLetter(cp) || isDigit(cp)) {
      in_word = true;
    } else {
      if (in_word && ++words == 2) break;
      in_word = false;
      if (!isWhiteSpace(cp)) break;
    }
    end += len;
  }
  return {mark.begin, end};
}

void reportFlattenedNesting(const AlignedPair& pair, RuleContext& context, const Quotation& inner,
                            std::size_t sentence, const LocaleQuotes& quotes) {
  const std::string& file = pair.target.original();
  const TextRange range{inner.open.range.begin, inner.close->range.end};
  const QuotePair& level = quotes.alternate;
  // French spaces inside « » do not go inside the “ ” that replace them.
  std::string_view content = inner.content.in(file);
  if (level.open != U'«') {
    while (!content.empty() && isQuoteSpace(codePointAt(content, 0))) {
      std::size_t len = 0;
      codePointAt(content, 0, &len);
      content.remove_prefix(len);
    }
    while (!content.empty() && isQuoteSpace(codePointBefore(content, content.size()))) {
      std::size_t len = 0;
      codePointBefore(content, content.size(), &len);
      content.remove_suffix(len);
    }
  }
  std::string suggestion = encodeUtf8(level.open);
  suggestion.append(content);
  suggestion.append(encodeUtf8(level.close));
  context.reportOnTarget(pair, sentence, range,
                         "quotation inside a quotation marked with the outer " + encodeUtf8(inner.open.mark) +
                             "…" + encodeUtf8(inner.close->mark) + "; " + pair.target.language() +
                             " nests quotations with " + encodeUtf8(level.open) + "…" +
                             encodeUtf8(level.close),
                         std::move(suggestion));
}

}  // namespace

const RuleInfo& QuotesUnbalancedRule::info() const { return kInfo; }

namespace {
// True when the source sentences aligned to target sentence `sentence` open a quotation: a mark opening there
// in the translation starts a quotation of its own, not a stray copy of one already open.
bool sourceOpensQuotation(const AlignedPair& pair, std::size_t sentence) {
  const LocaleQuotes quotes = localeQuotes(pair.source.lang());
  for (const Link& link : pair.alignment.links()) {
    if (sentence < link.target_begin || sentence >= link.target_begin + link.target_count) continue;
    if (link.source_count == 0) return false;
    const TextRange range{pair.source.sentences()[link.source_begin].range.begin,
                          pair.source.sentences()[link.source_begin + link.source_count - 1].range.end};
    const std::vector<QuoteMark> marks = findQuoteMarks(pair.source.text(), range, quotes);
    return std::any_of(marks.begin(), marks.end(), [](const QuoteMark& m) {
      return m.role == MarkRole::open || (m.role == MarkRole::ambiguous && m.mark == U'"');
    });
  }
  return false;
}
}  // namespace

void QuotesUnbalancedRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& doc = pair.target;
  const std::string& text = doc.text();
  const LocaleQuotes quotes = localeQuotes(doc.lang());
  const auto& paragraphs = doc.paragraphs();

  std::vector<std::vector<QuoteMark>> marks_of(paragraphs.size());
  for (std::size_t p = 0; p < paragraphs.size(); ++p)
    marks_of[p] = findQuoteMarks(text, paragraphs[p].range, quotes);

  auto sentenceAt = [&](std::size_t offset) {
    for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
      if (doc.sentences()[s].range.end > offset) return s;
    }
    return doc.sentences().size() - 1;
  };
  auto report = [&](TextRange range, std::string message) {
    context.reportOnTarget(pair, sentenceAt(range.begin), range, std::move(message));
  };

  bool continued = false;  // this paragraph continues a quotation left open by the previous one
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const TextRange paragraph = paragraphs[p].range;
    // A nesting written with the outer level's marks (MT turns « … “ … ” … » into “ … “ … ” … ”): the marks
    // pair up once a reopened mark is read as an inner quotation. One finding per inner quotation, its marks
    // replaced with the inner level's.
    // Doubled alternate marks are left to the checks below: in British ‘a ‘b’ c’ the inner level wants “ ”,
    // in French “a “b” c” the outer one wants « » (quotes/foreign-marks).
    std::vector<Quotation> flattened;
    if (pairQuotations(marks_of[p], paragraph, quotes, false, &flattened) && !flattened.empty() &&
        std::none_of(flattened.begin(), flattened.end(),
                     [&](const Quotation& q) { return q.open.mark == quotes.alternate.open; })) {
      for (const Quotation& inner : flattened)
        reportFlattenedNesting(pair, context, inner, sentenceAt(inner.open.range.begin), quotes);
      continued = false;
      continue;
    }
    std::vector<Open> stack;
    std::optional<QuoteMark> last_close;
    bool reported = false;  // one finding per paragraph: the first break explains the rest
    for (const QuoteMark& mark : marks_of[p]) {
      if (mark.role == MarkRole::apostrophe) continue;
      const bool closes_top = !stack.empty() && stack.back().closer == mark.mark;
      const bool is_ambiguous = mark.role == MarkRole::ambiguous;
      // A German „ left in English is closed by “, which English reads as an opener (quotes/foreign-marks
      // reports the marks themselves).
      const bool low9_top =
          !stack.empty() && (stack.back().mark.mark == U'„' || stack.back().mark.mark == U'‚');
      // …or by this language's own closing mark („…” in English): the reader sees one quotation.
      const bool low9_closed = !stack.empty() && closesLow9(stack.back().mark.mark, mark.mark);
      // “…" or "…”: a closing double mark of another style still ends the quotation (quotes/mixed-styles
      // reports the style); the reader sees where the quotation ends.
      const bool mixed_double = !stack.empty() && mark.role == MarkRole::close && isDoubleMark(mark.mark) &&
                                isDoubleMark(stack.back().mark.mark) &&
                                (mark.mark == U'"' || stack.back().mark.mark == U'"');
      if (mixed_double || low9_closed ||
          (closes_top && (mark.role == MarkRole::close || is_ambiguous || mark.mark == U'"' || low9_top))) {
        stack.pop_back();
        last_close = mark;
        continue;
      }
      if (is_ambiguous && mark.mark == U'’') continue;  // apostrophe after a word (students’)
      // The mark closes a quotation further out: the one nested in it was never closed (‘Mis árboles …,' y
      // no es sólo.”). The inner opener is what to fix, and the outer quotation ends here.
      const auto outer = std::find_if(stack.rbegin(), stack.rend(),
                                      [&](const Open& open) { return open.closer == mark.mark; });
      if (mark.role == MarkRole::close && outer != stack.rend()) {
        if (!reported) {
          report(markWithNextWord(text, stack.back().mark.range, paragraph),
                 "quotation opened with " + encodeUtf8(stack.back().mark.mark) +
                     " is not closed before the quotation around it closes with " + encodeUtf8(mark.mark));
          reported = true;
        }
        stack.erase(std::prev(outer.base()), stack.end());
        last_close = mark;
        continue;
      }
      if (mark.role == MarkRole::close || (mark.mark == U'"' && mark.role == MarkRole::close)) {
        if (!reported && !(continued && p > 0 && mark.range.begin == paragraph.begin)) {
          const std::string m = encodeUtf8(mark.mark);
          if (last_close) {
            report({last_close->range.begin, mark.range.end},
                   "closing quotation mark " + m +
                       " has no opening mark: the quotation was already closed by the " +
                       encodeUtf8(last_close->mark) + " before it");
          } else if (mark.range.begin == paragraph.begin) {
            report(mark.range, "paragraph starts with the closing quotation mark " + m);
          } else {
            report(mark.range, "closing quotation mark " + m + " has no opening mark");
          }
          reported = true;
        }
        continue;
      }
      // An opener (or an ambiguous mark that does not close the innermost quotation).
      const char32_t closer = closerFor(mark.mark, quotes);
      if (closer == 0) continue;
      // Opened with the mark of the quotation right around it (“a ‘b “c” d’ e” nests correctly).
      const bool reopened = !stack.empty() && stack.back().mark.mark == mark.mark;
      const bool nests_differently = quotes.alternate.open != quotes.primary.open;
      if (reopened && nests_differently && mark.mark != U'"') {
        // The quotation open since an earlier sentence was never closed, and this mark opens the next one,
        // closed in its own sentence where the source opens one too: «El veredicto …, afirmó. Ridgeline lo
        // calificó de «desmesurado». The first opener is what to fix.
        const std::size_t here = static_cast<std::size_t>(&mark - marks_of[p].data());
        const auto next_close =
            std::find_if(marks_of[p].begin() + static_cast<std::ptrdiff_t>(here) + 1, marks_of[p].end(),
                         [&](const QuoteMark& later) { return later.mark == closer; });
        const std::size_t sentence = sentenceAt(mark.range.begin);
        if (next_close != marks_of[p].end() && sentenceAt(next_close->range.begin) == sentence &&
            sentenceAt(stack.back().mark.range.begin) < sentence && sourceOpensQuotation(pair, sentence)) {
          if (!reported) {
            report(markWithNextWord(text, stack.back().mark.range, paragraph),
                   "quotation opened with " + encodeUtf8(stack.back().mark.mark) +
                       " is not closed before the next quotation opens");
            reported = true;
          }
          stack.back() = {mark, closer};
          continue;
        }
        if (!reported) {
          report(markWithNextWord(text, mark.range, paragraph),
                 "opening quotation mark " + encodeUtf8(mark.mark) +
                     " inside a quotation that is already open; a "
                     "quotation inside a quotation uses " +
                     encodeUtf8(quotes.alternate.open) + "…" + encodeUtf8(quotes.alternate.close) +
                     ", or the first quotation lacks its closing mark");
          reported = true;
        }
        continue;  // treat the stray opener as absent, so the rest of the paragraph still pairs up
      }
      stack.push_back({mark, closer});
    }
    continued = false;
    if (!stack.empty()) {
      const Open& open = stack.front();
      const bool runs_on = p + 1 < paragraphs.size() &&
                           continuesQuotation(marks_of[p + 1], open.mark.mark, paragraphs[p + 1].range);
      if (runs_on) {
        continued = true;
      } else if (!reported) {
        report(markWithNextWord(text, open.mark.range, paragraph),
               "quotation opened with " + encodeUtf8(open.mark.mark) +
                   " is not closed by the end of the paragraph");
      }
    }
  }
}

}  // namespace concord::rules
