#include "rules/quotes/spacing.h"

#include <algorithm>
#include <set>

#include "checker/model/unicode_text.h"
#include "rules/evidence/quote_marks.h"
#include "rules/quotes/quotation_changes.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "quotes/spacing", "Spaces inside quotation marks that the target language does not use, or lacks",
    "French puts a no-break space inside « »; English and German put none inside their marks. Machine "
    "translation carries the French spaces over (“ We will hold ”), and French copy loses them.",
    Severity::warning};

constexpr char32_t kNbsp = U'\u00A0';
constexpr char32_t kNarrowNbsp = U'\u202F';

bool isNoBreak(char32_t cp) { return cp == kNbsp || cp == kNarrowNbsp; }

// The marks of the paragraph that are this language's marks only by their shape and belong to a quotation of
// another language's marks: the “ closing a German „ in English copy (`„We will not give up,“ he said`),
// the “ opening English “…” in German copy. quotes/foreign-marks reports the quotation, and fixing its marks
// moves the space: read by this language's roles, it would be "inside" the mark.
std::set<std::size_t> foreignQuotationMarks(std::string_view text, TextRange paragraph,
                                            const LocaleQuotes& quotes) {
  std::set<std::size_t> foreign;
  std::vector<char32_t> low9_open;  // „ or ‚ of a locale that does not print them, still open
  for (const QuoteMark& mark : findQuoteMarks(text, paragraph, quotes)) {
    if (usesLow9(quotes)) {
      if (mark.mark == U'„' || mark.mark == U'‚') {
        low9_open.push_back(mark.mark);
      } else if (mark.mark == U'“' && low9_open.empty()) {
        // No „ pending: English “…” in German copy (the ” after it is no German mark at all).
        const char32_t after = mark.range.end < paragraph.end ? codePointAt(text, mark.range.end) : 0;
        if (isLetter(after) || isDigit(after)) foreign.insert(mark.range.begin);
      } else if (!low9_open.empty() && closesLow9(low9_open.back(), mark.mark)) {
        low9_open.pop_back();
      }
      continue;
    }
    if (mark.mark == U'„' || mark.mark == U'‚') {
      low9_open.push_back(mark.mark);
    } else if (!low9_open.empty() && closesLow9(low9_open.back(), mark.mark)) {
      foreign.insert(mark.range.begin);
      low9_open.pop_back();
    }
  }
  return foreign;
}

}  // namespace

const RuleInfo& QuotesSpacingRule::info() const { return kInfo; }

void QuotesSpacingRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& doc = pair.target;
  const std::string& text = doc.text();
  const LocaleQuotes quotes = localeQuotes(doc.lang());
  const bool french = doc.language() == "fr" && quotes.primary.open == U'«';

  std::vector<MarkChange> changes;
  for (const Paragraph& para : doc.paragraphs()) {
    const TextRange paragraph = para.range;
    const std::set<std::size_t> foreign = foreignQuotationMarks(text, paragraph, quotes);
    // The locale's own curly marks of the paragraph, which pair into its quotations.
    std::vector<TextRange> marks;
    std::vector<bool> opening;
    std::vector<std::size_t> mark_of_change;
    const std::size_t first_change = changes.size();
    for (std::size_t s = para.first_sentence; s < para.first_sentence + para.sentence_count; ++s) {
      const TextRange sentence = doc.sentences()[s].range;
      for (const QuoteMark& mark : findQuoteMarks(text, sentence, quotes)) {
        // Only the locale's own curly marks with a certain role: straight marks and ’ are guessed from
        // spaces.
        const bool opens = mark.role == MarkRole::open && mark.mark != U'"' &&
                           (mark.mark == quotes.primary.open || mark.mark == quotes.alternate.open);
        const bool closes = mark.role == MarkRole::close && mark.mark != U'’' &&
                            (mark.mark == quotes.primary.close || mark.mark == quotes.alternate.close);
        if (!opens && !closes) continue;
        if (foreign.count(mark.range.begin)) continue;
        marks.push_back(mark.range);
        opening.push_back(opens);
        // `kind` names the problem, so a quotation whose marks share it gets one message for both.
        auto report = [&](TextRange range, std::string message, std::string suggestion, Severity severity,
                          std::string kind) {
          mark_of_change.push_back(marks.size() - 1);
          changes.push_back({mark.mark, range, std::move(suggestion), range, s, severity, std::move(message),
                             std::move(kind)});
        };
        const std::string m = encodeUtf8(mark.mark);
        std::size_t len = 0;
        // The character inside the mark, and outside it, as in the file: Markdown markup next to a mark
        // (“**We**”) is blanked in the analysis text and must not read as a space.
        const std::string& file = doc.original();
        const char32_t inside =
            opens ? (mark.range.end < paragraph.end ? codePointAt(file, mark.range.end, &len) : 0)
                  : (mark.range.begin > paragraph.begin ? codePointBefore(file, mark.range.begin, &len) : 0);
        const std::size_t inside_len = len;
        const bool guillemet = mark.mark == U'«' || mark.mark == U'»';
        if (french && guillemet) {
          if (isNoBreak(inside)) continue;
          const std::string nnbsp = encodeUtf8(kNarrowNbsp);
          if (inside == U' ' || inside == U'\u2009') {
            const TextRange range = opens ? TextRange{mark.range.begin, mark.range.end + inside_len}
                                          : TextRange{mark.range.begin - inside_len, mark.range.end};
            report(range, "use a no-break space inside " + m + ", so the mark never starts or ends a line",
                   opens ? m + nnbsp : nnbsp + m, Severity::info, "plain");
          } else if (inside != 0 && !isWhiteSpace(inside)) {
            report(mark.range, "French puts a no-break space inside " + m, opens ? m + nnbsp : nnbsp + m,
                   Severity::info, "missing");
          }
          continue;
        }
        if (french) continue;  // “ ” nested in French: usage varies, no rule
        if (inside != 0 && isQuoteSpace(inside) && !(opens && mark.range.end + inside_len >= paragraph.end)) {
          const TextRange range = opens ? TextRange{mark.range.begin, mark.range.end + inside_len}
                                        : TextRange{mark.range.begin - inside_len, mark.range.end};
          // Spaces inside « » are the French habit, carried over by a translation from French (Spanish and
          // Italian print the same marks): the quotation is right and only its typography is not, so it
          // is a hint, as in French copy. A space inside “ ” or „ “ is no one's convention: a warning.
          if (guillemet) {
            report(range, "space inside " + m + ", French typography: " + doc.language() + " puts none there",
                   m, Severity::info, "guillemet");
          } else {
            report(range, "space inside the quotation mark " + m + ": " + doc.language() + " puts none there",
                   m, Severity::warning, "inside");
          }
          continue;
        }
        // A no-break space outside the mark, carried over from French.
        const char32_t outside =
            opens ? (mark.range.begin > paragraph.begin ? codePointBefore(file, mark.range.begin, &len) : 0)
                  : (mark.range.end < paragraph.end ? codePointAt(file, mark.range.end, &len) : 0);
        if (isNoBreak(outside)) {
          const TextRange range = opens ? TextRange{mark.range.begin - len, mark.range.end}
                                        : TextRange{mark.range.begin, mark.range.end + len};
          report(range, "no-break space next to " + m + ", a French habit; use a plain space",
                 opens ? " " + m : m + " ", Severity::info, "outside");
        }
      }
    }
    const std::vector<TextRange> spans = quotationSpans(marks, opening);
    for (std::size_t c = first_change; c < changes.size(); ++c)
      changes[c].quotation = spans[mark_of_change[c - first_change]];
  }
  reportByQuotation(pair, context, std::move(changes), [&](const std::vector<MarkChange>& marks) {
    const std::string& kind = marks.front().advice;
    const std::string sequence = markSequence(marks);
    if (std::any_of(marks.begin(), marks.end(), [&](const MarkChange& m) { return m.advice != kind; })) {
      std::string message;
      for (const MarkChange& mark : marks) message += (message.empty() ? "" : "; ") + mark.message;
      return message;
    }
    if (kind == "plain")
      return "use no-break spaces inside " + sequence + ", so the marks never start or end a line";
    if (kind == "missing") return "French puts a no-break space inside " + sequence;
    if (kind == "guillemet")
      return "spaces inside " + sequence + ", French typography: " + doc.language() + " puts none there";
    if (kind == "inside")
      return "spaces inside the quotation marks " + sequence + ": " + doc.language() + " puts none there";
    return "no-break spaces next to " + sequence + ", a French habit; use plain spaces";
  });
}

}  // namespace concord::rules
