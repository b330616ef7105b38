#include "rules/quotes/mixed_styles.h"

#include "checker/model/unicode_text.h"
#include "rules/evidence/quote_marks.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "quotes/mixed-styles", "Straight and typographic quotation marks mixed in one article",
    "Partial normalisation by an MT system or a CMS leaves \"some\" quotations straight and “others” curly. "
    "It looks careless in print, and tools that pair marks treat the two styles as different quotations.",
    Severity::warning};

struct Occurrence {
  TextRange range;
  std::size_t sentence;
  std::string suggestion;
};

// Every straight " of the target, with the typographic mark of its nesting level as the suggestion (French
// with its narrow no-break space inside the outer marks). Paragraphs with marks of another locale are
// quotes/foreign-marks' to report.
void reportStraightMarks(const AlignedPair& pair, RuleContext& context, const QuotePair& house) {
  const Document& doc = pair.target;
  const std::string& text = doc.text();
  const LocaleQuotes quotes = localeQuotes(doc.lang());
  const bool french_spacing = doc.language() == "fr" && house.open == U'«';
  const std::string narrow_nbsp = encodeUtf8(U'\u202F');
  for (const Paragraph& paragraph : doc.paragraphs()) {
    std::size_t depth = 0;  // straight quotations open at this point of the paragraph
    for (const QuoteMark& mark : findQuoteMarks(text, paragraph.range, quotes)) {
      if (mark.mark != U'"') continue;
      const bool opens = mark.role == MarkRole::open;
      if (!opens && depth > 0) --depth;
      const QuotePair& level = depth == 0 ? house : quotes.alternate;
      std::string suggestion = encodeUtf8(opens ? level.open : level.close);
      if (french_spacing && depth == 0)
        suggestion = opens ? suggestion + narrow_nbsp : narrow_nbsp + suggestion;
      if (opens) ++depth;
      std::size_t sentence = paragraph.first_sentence;
      for (std::size_t s = paragraph.first_sentence; s < paragraph.first_sentence + paragraph.sentence_count;
           ++s)
        if (doc.sentences()[s].range.begin <= mark.range.begin) sentence = s;
      Finding finding;
      finding.primary = Side::target;
      finding.target = mark.range;
      finding.source = pair.sourceRangeOfTarget(sentence);
      finding.suggestion = suggestion;
      finding.message = "straight quotation mark \" in " + doc.language() + " copy, which quotes with " +
                        encodeUtf8(house.open) + "…" + encodeUtf8(house.close);
      context.report(std::move(finding));
    }
  }
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
  // Paragraphs with marks of another locale are quotes/foreign-marks' (a German “ closing „ in English is
  // not a typographic English mark).
  std::vector<bool> foreign_paragraph(doc.paragraphs().size(), false);
  for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
    for (const QuoteMark& mark : findQuoteMarks(text, doc.paragraphs()[p].range, quotes)) {
      const char32_t cp = mark.mark;
      const bool own = cp == U'"' || cp == U'\'' || cp == U'’' || cp == quotes.primary.open ||
                       cp == quotes.primary.close || cp == quotes.alternate.open ||
                       cp == quotes.alternate.close;
      foreign_paragraph[p] = foreign_paragraph[p] || (!own && !isInwardGuillemet(cp, mark.role, quotes));
    }
  }
  for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
    const TextRange range = doc.sentences()[s].range;
    if (foreign_paragraph[doc.sentences()[s].paragraph]) continue;
    for (const QuoteMark& mark : findQuoteMarks(text, range, quotes)) {
      if (mark.mark == U'"') {
        const char32_t replacement = mark.role == MarkRole::open ? house.open : house.close;
        straight.push_back({mark.range, s, encodeUtf8(replacement)});
      } else if (mark.mark == quotes.primary.open || mark.mark == quotes.primary.close ||
                 (alternate_is_double &&
                  (mark.mark == quotes.alternate.open || mark.mark == quotes.alternate.close))) {
        if (mark.role != MarkRole::apostrophe) typographic.push_back({mark.range, s, "\""});
      } else if (mark.mark == U'’' && mark.role == MarkRole::apostrophe) {
        typographic_apostrophes.push_back({mark.range, s, "'"});
      }
    }
    // Straight apostrophes between letters (don't, l'Ukraine): findQuoteMarks leaves ' aside.
    for (std::size_t i = range.begin; i < range.end; ++i) {
      if (text[i] != '\'' || i == range.begin || i + 1 >= range.end) continue;
      if (isLetter(codePointBefore(text, i)) && isLetter(codePointAt(text, i + 1)))
        straight_apostrophes.push_back({{i, i + 1}, s, "’"});
    }
  }

  auto reportMinority = [&](const std::vector<Occurrence>& a, const std::vector<Occurrence>& b,
                            const std::string& what, Severity severity) {
    if (a.empty() || b.empty()) return;
    const bool a_minority = a.size() <= b.size();  // ties: `a` (the straight style) is the minority
    const std::vector<Occurrence>& minority = a_minority ? a : b;
    const std::size_t majority_count = a_minority ? b.size() : a.size();
    for (const Occurrence& o : minority) {
      Finding finding;
      finding.primary = Side::target;
      finding.target = o.range;
      finding.source = pair.sourceRangeOfTarget(o.sentence);
      finding.severity = severity;
      finding.suggestion = o.suggestion;
      finding.message = std::string(a_minority ? "straight " : "typographic ") + what + " " +
                        std::string(o.range.in(text)) + " in an article that uses " +
                        (a_minority ? "typographic" : "straight") + " ones (" +
                        std::to_string(majority_count) + " of them)";
      context.report(std::move(finding));
    }
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
