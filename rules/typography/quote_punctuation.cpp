#include "rules/typography/quote_punctuation.h"

#include "checker/model/unicode_text.h"
#include "rules/evidence/quote_marks.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "typography/quote-punctuation", "A period or comma outside the closing quotation mark (AP style: inside)",
    "AP and most US house styles put periods and commas inside the closing quotation mark in every case; "
    "French and British usage put them outside, and MT keeps the source's order.",
    Severity::info};

}  // namespace

const RuleInfo& TypographyQuotePunctuationRule::info() const { return kInfo; }

void TypographyQuotePunctuationRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& doc = pair.target;
  if (doc.language() != "en") return;
  if (!context.options().listContains("inside_styles", "ap", context.settings().style)) return;
  const std::string& text = doc.text();
  const LocaleQuotes quotes = localeQuotes(doc.lang());
  for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
    const Sentence& sentence = doc.sentences()[s];
    const TextRange paragraph = doc.paragraphs()[sentence.paragraph].range;
    for (const QuoteMark& mark : findQuoteMarks(text, sentence.range, quotes)) {
      const bool closing = (mark.mark == quotes.primary.close && mark.role == MarkRole::close) ||
                           (mark.mark == U'"' && mark.role == MarkRole::close);
      if (!closing || mark.range.end >= paragraph.end) continue;
      const char punctuation = text[mark.range.end];
      if (punctuation != '.' && punctuation != ',') continue;
      if (mark.range.end + 1 < text.size() && text[mark.range.end + 1] == '.') continue;  // an ellipsis
      // Already punctuated inside (“…?”. is a different problem).
      const char32_t before = codePointBefore(text, mark.range.begin);
      if (before == U'.' || before == U',' || before == U'?' || before == U'!') continue;
      Finding finding;
      finding.primary = Side::target;
      finding.target = TextRange{mark.range.begin, mark.range.end + 1};
      finding.source = pair.sourceRangeOfTarget(s);
      finding.severity = Severity::info;
      std::string suggestion(1, punctuation);
      suggestion.append(encodeUtf8(mark.mark));  // append: gcc 12 reports a false -Wrestrict on operator+
      finding.suggestion = std::move(suggestion);
      finding.message = std::string(punctuation == '.' ? "period" : "comma") +
                        " after the closing quotation mark; " + context.settings().style +
                        " style puts it inside";
      context.report(std::move(finding));
    }
  }
}

}  // namespace concord::rules
