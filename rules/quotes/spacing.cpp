#include "rules/quotes/spacing.h"

#include "checker/model/unicode_text.h"
#include "rules/evidence/quote_marks.h"

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

}  // namespace

const RuleInfo& QuotesSpacingRule::info() const { return kInfo; }

void QuotesSpacingRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& doc = pair.target;
  const std::string& text = doc.text();
  const LocaleQuotes quotes = localeQuotes(doc.lang());
  const bool french = doc.language() == "fr" && quotes.primary.open == U'«';

  for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
    const TextRange sentence = doc.sentences()[s].range;
    const TextRange paragraph = doc.paragraphs()[doc.sentences()[s].paragraph].range;
    auto report = [&](TextRange range, std::string message, std::string suggestion, Severity severity) {
      Finding finding;
      finding.primary = Side::target;
      finding.target = range;
      finding.source = pair.sourceRangeOfTarget(s);
      finding.severity = severity;
      finding.message = std::move(message);
      finding.suggestion = std::move(suggestion);
      context.report(std::move(finding));
    };
    for (const QuoteMark& mark : findQuoteMarks(text, sentence, quotes)) {
      // Only the locale's own curly marks with a certain role: straight marks and ’ are guessed from spaces.
      const bool opens = mark.role == MarkRole::open && mark.mark != U'"' &&
                         (mark.mark == quotes.primary.open || mark.mark == quotes.alternate.open);
      const bool closes = mark.role == MarkRole::close && mark.mark != U'’' &&
                          (mark.mark == quotes.primary.close || mark.mark == quotes.alternate.close);
      if (!opens && !closes) continue;
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
                 opens ? m + nnbsp : nnbsp + m, Severity::info);
        } else if (inside != 0 && !isWhiteSpace(inside)) {
          report(mark.range, "French puts a no-break space inside " + m, opens ? m + nnbsp : nnbsp + m,
                 Severity::info);
        }
        continue;
      }
      if (french) continue;  // “ ” nested in French: usage varies, no rule
      if (inside != 0 && isQuoteSpace(inside) && !(opens && mark.range.end + inside_len >= paragraph.end)) {
        const TextRange range = opens ? TextRange{mark.range.begin, mark.range.end + inside_len}
                                      : TextRange{mark.range.begin - inside_len, mark.range.end};
        report(range, "space inside the quotation mark " + m + ": " + doc.language() + " puts none there", m,
               Severity::warning);
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
               opens ? " " + m : m + " ", Severity::info);
      }
    }
  }
}

}  // namespace concord::rules
