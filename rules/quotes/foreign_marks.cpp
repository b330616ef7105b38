#include "rules/quotes/foreign_marks.h"

#include <optional>

#include "checker/model/unicode_text.h"
#include "rules/evidence/quote_marks.h"
#include "rules/quotes/quotation_changes.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "quotes/foreign-marks", "Quotation marks of another language in the translation",
    "Machine translation copies « » and „ “ from the source, or writes English “ ” in French. Readers see a "
    "foreign text; feeds and CMS that pair marks by locale break the quotation.",
    Severity::warning};

constexpr char32_t kNarrowNbsp = U'\u202F';

struct Open {
  char32_t mark;
  char32_t expected_close;  // 0 for a locale mark: whatever closes it is checked by quotes/unbalanced
  bool foreign;
  TextRange range;                     // the mark
  std::optional<std::size_t> changed;  // its change in the paragraph's changes, when it is foreign
};

// The mark stands where a quotation opens: at the paragraph's start or after a space or an opening bracket
// or dash, and right before a letter or digit.
bool opensHere(std::string_view text, TextRange mark, TextRange paragraph) {
  const char32_t before = mark.begin > paragraph.begin ? codePointBefore(text, mark.begin) : 0;
  const char32_t after = mark.end < paragraph.end ? codePointAt(text, mark.end) : 0;
  const bool open_context = before == 0 || isWhiteSpace(before) || before == U'(' || before == U'[' ||
                            before == U'—' || before == U'–';
  return open_context && (isLetter(after) || isDigit(after));
}

}  // namespace

const RuleInfo& QuotesForeignMarksRule::info() const { return kInfo; }

void QuotesForeignMarksRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& doc = pair.target;
  const std::string& text = doc.text();
  const LocaleQuotes quotes = localeQuotes(doc.lang());
  const std::string language = doc.language();
  const bool french_spacing = quotes.primary.open == U'«' && language == "fr";
  // Languages whose outer quotation must be the primary pair: there the alternate pair at the top level is a
  // foreign (English) habit. Not English, where ‘ ’ outside is British style and AP headline style.
  const bool primary_only = context.options().listContains("primary_only", "fr", language);

  auto own = [&](char32_t cp) {
    return cp == quotes.primary.open || cp == quotes.primary.close || cp == quotes.alternate.open ||
           cp == quotes.alternate.close || cp == U'"' || cp == U'\'' || cp == U'’';
  };

  std::vector<MarkChange> changes;
  for (const Paragraph& paragraph : doc.paragraphs()) {
    std::vector<Open> stack;
    for (const QuoteMark& mark : findQuoteMarks(text, paragraph.range, quotes)) {
      if (mark.role == MarkRole::apostrophe || mark.mark == U'"' || mark.mark == U'\'') continue;
      // Does it close the innermost quotation? (A German „ in English is closed by “, which English reads as
      // an opener.)
      const bool closes_foreign =
          !stack.empty() && stack.back().foreign &&
          (mark.mark == stack.back().expected_close || closesLow9(stack.back().mark, mark.mark));
      const bool closes_own =
          !stack.empty() && !stack.back().foreign && closerFor(stack.back().mark, quotes) == mark.mark;
      // English “…” in German copy: read by German roles, its “ closes a „ that was never opened. With no
      // „ pending, where a quotation opens (after a space, before a word), it opens an English quotation.
      const bool english_opener = usesLow9(quotes) && mark.mark == U'“' &&
                                  mark.mark == quotes.primary.close &&
                                  (stack.empty() || stack.back().mark != quotes.primary.open) &&
                                  opensHere(text, mark.range, paragraph.range);
      const bool is_close = !english_opener && (closes_foreign || closes_own ||
                                                (mark.role == MarkRole::close && !stack.empty()));
      const std::size_t depth = is_close ? stack.size() - 1 : stack.size();
      std::optional<Open> closed;
      if (is_close && !stack.empty()) {
        closed = stack.back();
        stack.pop_back();
      }
      if (mark.role == MarkRole::ambiguous && !is_close) continue;  // ’ after a word: an apostrophe
      if (mark.role == MarkRole::close && !is_close && !english_opener) continue;  // stray: quotes/unbalanced

      const bool top_level_alternate =
          primary_only && depth == 0 &&
          (mark.mark == quotes.alternate.open || mark.mark == quotes.alternate.close) &&
          quotes.alternate.open != quotes.primary.open;
      const QuotePair& level = depth == 0 ? quotes.primary : quotes.alternate;
      // A foreign opening closed by this language's own closing mark („…” in English): only the opener is
      // wrong.
      const bool foreign_close = closes_foreign && mark.mark != level.close;
      // ‘…’ inside a quotation marked with the alternate pair is the third level (« “ ‘ ’ ” » in Spanish).
      const bool third_level = mark.mark == U'‘' && !is_close && !stack.empty() && !usesLow9(quotes) &&
                               stack.back().mark == quotes.alternate.open;
      const bool foreign =
          (!own(mark.mark) && !third_level && !isInwardGuillemet(mark.mark, mark.role, quotes)) ||
          foreign_close || top_level_alternate || english_opener;
      if (!is_close)
        stack.push_back({mark.mark,
                         english_opener ? U'”'
                         : foreign      ? closerFor(mark.mark, quotes)
                                        : 0,
                         foreign, mark.range,
                         foreign ? std::optional<std::size_t>(changes.size()) : std::nullopt});
      // The quotation this mark closes, both marks included: its change covers it whole.
      const TextRange quotation = closed ? TextRange{closed->range.begin, mark.range.end} : mark.range;
      if (closed && closed->changed) changes[*closed->changed].quotation = quotation;
      if (!foreign) continue;

      const char32_t replacement = is_close ? level.close : level.open;
      // The span takes in the spaces inside the mark, which the suggestion fixes too.
      TextRange range = mark.range;
      if (is_close) {
        while (range.begin > paragraph.range.begin &&
               isQuoteSpace(codePointBefore(doc.original(), range.begin))) {
          std::size_t len = 0;
          codePointBefore(text, range.begin, &len);
          range.begin -= len;
        }
      } else {
        while (range.end < paragraph.range.end && isQuoteSpace(codePointAt(doc.original(), range.end))) {
          std::size_t len = 0;
          codePointAt(text, range.end, &len);
          range.end += len;
        }
      }
      std::string suggestion = encodeUtf8(replacement);
      if (french_spacing && depth == 0)
        suggestion = is_close ? encodeUtf8(kNarrowNbsp) + suggestion : suggestion + encodeUtf8(kNarrowNbsp);
      const std::string advice = language + " " + (depth == 0 ? "quotes with " : "nests quotations with ") +
                                 encodeUtf8(level.open) + "…" + encodeUtf8(level.close);
      std::string message = std::string(is_close ? "closing" : "opening") + " quotation mark " +
                            encodeUtf8(mark.mark) + " is not " + language + " usage; " + advice;
      // An opener's quotation is widened to its closing mark once that is read.
      changes.push_back({mark.mark, range, suggestion, is_close ? quotation : range,
                         sentenceAt(doc, paragraph, mark.range.begin), Severity::warning, std::move(message),
                         advice});
    }
  }
  reportByQuotation(pair, context, std::move(changes), [&](const std::vector<MarkChange>& marks) {
    return "quotation marks " + markSequence(marks) + " are not " + language + " usage; " +
           marks.front().advice;
  });
}

}  // namespace concord::rules
