#include "rules/typography/space_before_punctuation.h"

#include "checker/model/unicode_text.h"
#include "rules/evidence/quote_marks.h"
#include "rules/numbers/number_extractor.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "typography/space-before-punctuation",
    "A space before punctuation the target language writes without one",
    "French puts a space before ; : ! ? and machine translation carries it into English (“Why ?”); French "
    "copy in turn needs a no-break space there, or the mark can start a line.",
    Severity::info};

constexpr char32_t kNarrowNbsp = U'\u202F';

bool isHighPunctuation(char32_t cp) { return cp == U';' || cp == U':' || cp == U'!' || cp == U'?'; }

// The space the language puts between a figure and % (CLDR's percent pattern: none in English, a narrow
// no-break space in French, a no-break space in German and Spanish), or "" for none.
std::string spaceBeforePercent(const std::string& lang) {
  const std::string written = localeFigure(lang, 1, true);
  const std::size_t digit = written.find('1'), sign = written.find('%');
  if (digit == std::string::npos || sign == std::string::npos || sign < digit) return "";
  return written.substr(digit + 1, sign - digit - 1);
}

}  // namespace

const RuleInfo& TypographySpaceBeforePunctuationRule::info() const { return kInfo; }

void TypographySpaceBeforePunctuationRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& doc = pair.target;
  const std::string& text = doc.text();
  const bool french = doc.language() == "fr";
  const std::string percent_space = spaceBeforePercent(doc.lang());
  for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
    const TextRange sentence = doc.sentences()[s].range;
    auto report = [&](TextRange range, std::string message, std::string suggestion) {
      Finding finding;
      finding.primary = Side::target;
      finding.target = range;
      finding.source = pair.sourceRangeOfTarget(s);
      finding.severity = Severity::info;
      finding.message = std::move(message);
      finding.suggestion = std::move(suggestion);
      context.report(std::move(finding));
    };
    for (std::size_t i = sentence.begin; i < sentence.end;) {
      std::size_t len = 0;
      const char32_t cp = codePointAt(text, i, &len);
      if (len == 0) break;
      if (cp == U'%' && i > sentence.begin) {
        // A percentage spaced another language's way ("45 %" in English): the figure is right, only the
        // typography differs. A plain space where the locale wants a no-break one is too fine a point.
        const bool spaced = isQuoteSpace(codePointBefore(text, i));
        std::size_t digit_at = i;
        while (digit_at > sentence.begin && isQuoteSpace(codePointBefore(text, digit_at)))
          digit_at -= std::string_view(encodeUtf8(codePointBefore(text, digit_at))).size();
        if (digit_at > sentence.begin && isDigit(codePointBefore(text, digit_at))) {
          if (spaced && percent_space.empty())
            report({digit_at, i + len}, "space before %: " + doc.language() + " puts none there", "%");
          else if (!spaced && !percent_space.empty())
            report({i, i + len}, doc.language() + " puts a no-break space before %", percent_space + "%");
        }
        i += len;
        continue;
      }
      const bool candidate = cp == U',' || cp == U'.' || isHighPunctuation(cp);
      if (!candidate || i == sentence.begin) {
        i += len;
        continue;
      }
      const char32_t next = i + len < text.size() ? codePointAt(text, i + len) : 0;
      // Ellipses (" ...", " …"), decimals (" .5") and times/ratios are not punctuation after a word.
      const bool part_of_something =
          (cp == U'.' && (next == U'.' || isDigit(next))) || isDigit(next) || (cp == U':' && next == U'/');
      // The white space before the mark, and the character before that.
      std::size_t space_begin = i;
      while (space_begin > sentence.begin && isQuoteSpace(codePointBefore(text, space_begin))) {
        std::size_t l = 0;
        codePointBefore(text, space_begin, &l);
        space_begin -= l;
      }
      const char32_t word_end = space_begin > sentence.begin ? codePointBefore(text, space_begin) : 0;
      const bool after_word =
          isLetter(word_end) || isDigit(word_end) || word_end == U'”' || word_end == U'»' || word_end == U')';
      const std::string mark = encodeUtf8(cp);
      // Blanks that stand for Markdown markup (**bold**, [link](url)) are not spaces in the file.
      const bool real_spaces =
          doc.original().compare(space_begin, i - space_begin, text, space_begin, i - space_begin) == 0;
      if (!part_of_something && after_word && real_spaces) {
        const TextRange range{space_begin, i + len};
        if (french && isHighPunctuation(cp)) {
          const std::string spaces(text.substr(space_begin, i - space_begin));
          if (spaces.empty()) {
            report({i, i + len}, "French puts a narrow no-break space before " + mark,
                   encodeUtf8(kNarrowNbsp) + mark);
          } else if (spaces == " ") {
            report(range, "use a no-break space before " + mark + ", so it never starts a line",
                   encodeUtf8(kNarrowNbsp) + mark);
          }
        } else if (space_begin < i) {
          report(range, "space before " + mark + ": " + doc.language() + " puts none there", mark);
        }
      }
      i += len;
    }
  }
}

}  // namespace concord::rules
