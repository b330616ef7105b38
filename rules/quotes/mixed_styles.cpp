#include "rules/quotes/mixed_styles.h"

#include "checker/model/unicode_text.h"
#include "rules/evidence/quote_marks.h"
#include "rules/quotes/quotation_changes.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "quotes/mixed-styles", "Straight and typographic quotation marks mixed in one article",
    "Partial normalisation by an MT system or a CMS leaves \"some\" quotations straight and “others” curly. "
    "It looks careless in print, and tools that pair marks treat the two styles as different quotations.",
    Severity::warning};

struct Occurrence {
  char32_t mark;
  TextRange range;
  std::size_t sentence;
  std::string suggestion;
  TextRange quotation;  // the quotation it opens or closes, in the same style; `range` for an apostrophe
};

// Each mark's quotation among `marks` (one paragraph's marks of one style, in text order).
void pairUp(std::vector<Occurrence>& marks, std::size_t first, const std::vector<bool>& opens) {
  std::vector<TextRange> ranges;
  for (std::size_t i = first; i < marks.size(); ++i) ranges.push_back(marks[i].range);
  const std::vector<TextRange> spans = quotationSpans(ranges, opens);
  for (std::size_t i = first; i < marks.size(); ++i) marks[i].quotation = spans[i - first];
}

// Every straight " of the target, with the typographic mark of its nesting level as the suggestion (French
// with its narrow no-break space inside the outer marks), outside the paragraphs of foreignParagraphs.
void reportStraightMarks(const AlignedPair& pair, RuleContext& context, const QuotePair& house) {
  const Document& doc = pair.target;
  const std::string& text = doc.text();
  const LocaleQuotes quotes = localeQuotes(doc.lang());
  const bool french_spacing = doc.language() == "fr" && house.open == U'«';
  const std::string narrow_nbsp = encodeUtf8(U'\u202F');
  const std::string advice = "which quotes with " + encodeUtf8(house.open) + "…" + encodeUtf8(house.close);
  const std::vector<bool> foreign_paragraph = foreignParagraphs(doc, quotes);
  std::vector<MarkChange> changes;
  for (const Paragraph& paragraph : doc.paragraphs()) {
    if (foreign_paragraph[&paragraph - doc.paragraphs().data()]) continue;
    std::size_t depth = 0;  // straight quotations open at this point of the paragraph
    std::vector<TextRange> ranges;
    std::vector<bool> opens;
    const std::size_t first = changes.size();
    for (const QuoteMark& mark : findQuoteMarks(text, paragraph.range, quotes)) {
      if (mark.mark != U'"') continue;
      opens.push_back(mark.role == MarkRole::open);
      ranges.push_back(mark.range);
      if (!opens.back() && depth > 0) --depth;
      const QuotePair& level = depth == 0 ? house : quotes.alternate;
      std::string suggestion = encodeUtf8(opens.back() ? level.open : level.close);
      if (french_spacing && depth == 0)
        suggestion = opens.back() ? suggestion + narrow_nbsp : narrow_nbsp + suggestion;
      if (opens.back()) ++depth;
      changes.push_back({mark.mark, mark.range, suggestion, mark.range,
                         sentenceAt(doc, paragraph, mark.range.begin), Severity::warning,
                         "straight quotation mark \" in " + doc.language() + " copy, " + advice, advice});
    }
    const std::vector<TextRange> spans = quotationSpans(ranges, opens);
    for (std::size_t i = 0; i < spans.size(); ++i) changes[first + i].quotation = spans[i];
  }
  reportByQuotation(pair, context, std::move(changes), [&](const std::vector<MarkChange>& marks) {
    return "straight quotation marks " + markSequence(marks) + " in " + doc.language() + " copy, " +
           marks.front().advice;
  });
}

}  // namespace

const RuleInfo& QuotesMixedStylesRule::info() const { return kInfo; }

void QuotesMixedStylesRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& doc = pair.target;
  const std::string& text = doc.text();
  const LocaleQuotes quotes = localeQuotes(doc.lang());

  // Spanish and French also quote with “ ” (their alternate pair); English ‘ ’ are single marks, not a
  // typographic counterpart of ".
  const bool alternate_is_double =
      quotes.alternate.open == U'“' || quotes.alternate.open == U'„' || quotes.alternate.open == U'«';
  // The typographic pair the article itself uses most: “ ” in a Spanish article that does, « » otherwise.
  std::size_t primary_opens = 0, alternate_opens = 0;
  for (const Paragraph& paragraph : doc.paragraphs()) {
    for (const QuoteMark& mark : findQuoteMarks(text, paragraph.range, quotes)) {
      primary_opens += mark.mark == quotes.primary.open;
      alternate_opens += alternate_is_double && mark.mark == quotes.alternate.open;
    }
  }
  const QuotePair house = alternate_opens > primary_opens ? quotes.alternate : quotes.primary;
  std::vector<Occurrence> straight, typographic, straight_apostrophes, typographic_apostrophes;
  const std::vector<bool> foreign_paragraph = foreignParagraphs(doc, quotes);
  for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
    const Paragraph& paragraph = doc.paragraphs()[p];
    const TextRange range = paragraph.range;
    if (foreign_paragraph[p]) continue;
    const std::size_t first_straight = straight.size(), first_typographic = typographic.size();
    std::vector<bool> straight_opens, typographic_opens;
    for (const QuoteMark& mark : findQuoteMarks(text, range, quotes)) {
      const std::size_t s = sentenceAt(doc, paragraph, mark.range.begin);
      if (mark.mark == U'"') {
        const char32_t replacement = mark.role == MarkRole::open ? house.open : house.close;
        straight.push_back({mark.mark, mark.range, s, encodeUtf8(replacement), mark.range});
        straight_opens.push_back(mark.role == MarkRole::open);
      } else if (mark.mark == quotes.primary.open || mark.mark == quotes.primary.close ||
                 (alternate_is_double &&
                  (mark.mark == quotes.alternate.open || mark.mark == quotes.alternate.close))) {
        if (mark.role == MarkRole::apostrophe) continue;
        typographic.push_back({mark.mark, mark.range, s, "\"", mark.range});
        typographic_opens.push_back(mark.role == MarkRole::open);
      } else if (mark.mark == U'’' && mark.role == MarkRole::apostrophe) {
        typographic_apostrophes.push_back({mark.mark, mark.range, s, "'", mark.range});
      }
    }
    pairUp(straight, first_straight, straight_opens);
    pairUp(typographic, first_typographic, typographic_opens);
    // Straight apostrophes between letters (don't, l'Ukraine): findQuoteMarks leaves ' aside.
    for (std::size_t i = range.begin; i < range.end; ++i) {
      if (text[i] != '\'' || i == range.begin || i + 1 >= range.end) continue;
      if (isLetter(codePointBefore(text, i)) && isLetter(codePointAt(text, i + 1)))
        straight_apostrophes.push_back({U'\'', {i, i + 1}, sentenceAt(doc, paragraph, i), "’", {i, i + 1}});
    }
  }

  // The minority style is wrong: one finding per quotation of it, both its marks changed.
  auto reportMinority = [&](const std::vector<Occurrence>& a, const std::vector<Occurrence>& b,
                            const std::string& what, Severity severity) {
    if (a.empty() || b.empty()) return;
    const bool a_minority = a.size() <= b.size();  // ties: `a` (the straight style) is the minority
    const std::vector<Occurrence>& minority = a_minority ? a : b;
    const std::string advice = std::string("in an article that uses ") +
                               (a_minority ? "typographic" : "straight") + " ones (" +
                               std::to_string(a_minority ? b.size() : a.size()) + " of them)";
    const std::string style = a_minority ? "straight " : "typographic ";
    std::vector<MarkChange> changes;
    for (const Occurrence& o : minority)
      changes.push_back({o.mark, o.range, o.suggestion, o.quotation, o.sentence, severity,
                         style + what + " " + std::string(o.range.in(text)) + " " + advice, advice});
    reportByQuotation(pair, context, std::move(changes), [&](const std::vector<MarkChange>& marks) {
      return style + what + "s " + markSequence(marks) + " " + advice;
    });
  };
  // Copy of a house style that prints typographic marks (every style but the wire services that file
  // straight-quoted copy): each straight mark is wrong, however many there are.
  if (!context.options().listContains("straight_styles", "ap,reuters", context.settings().style)) {
    reportStraightMarks(pair, context, house);
  } else {
    reportMinority(straight, typographic, "quotation mark", Severity::warning);
  }
  reportMinority(straight_apostrophes, typographic_apostrophes, "apostrophe", Severity::info);
}

}  // namespace concord::rules
