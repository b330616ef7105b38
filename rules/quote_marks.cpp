#include "rules/quote_marks.h"

#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/unistr.h>

#include "checker/unicode_text.h"

namespace concord::rules {
namespace {

char32_t delimiter(ULocaleData* data, ULocaleDataDelimiterType type) {
  UChar buffer[8];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ulocdata_getDelimiter(data, type, buffer, 8, &status);
  if (U_FAILURE(status) || n <= 0) return 0;
  return static_cast<char32_t>(icu::UnicodeString(buffer, n).char32At(0));
}

// Pairs that keep their direction in every locale Concord targets: guillemets (as used in fr, ru, uk, es, it)
// and the low-9 openers.
constexpr QuotePair kFixedPairs[] = {{U'«', U'»'}, {U'‹', U'›'}, {U'„', U'“'},
                                     {U'„', U'”'}, {U'‚', U'‘'}, {U'‚', U'’'}};

}  // namespace

LocaleQuotes localeQuotes(const std::string& lang) {
  LocaleQuotes quotes{{U'“', U'”'}, {U'‘', U'’'}};
  UErrorCode status = U_ZERO_ERROR;
  ULocaleData* data = ulocdata_open(lang.c_str(), &status);
  if (U_SUCCESS(status)) {
    const QuotePair primary{delimiter(data, ULOCDATA_QUOTATION_START),
                            delimiter(data, ULOCDATA_QUOTATION_END)};
    const QuotePair alternate{delimiter(data, ULOCDATA_ALT_QUOTATION_START),
                              delimiter(data, ULOCDATA_ALT_QUOTATION_END)};
    if (primary.open != 0 && primary.close != 0) quotes.primary = primary;
    if (alternate.open != 0 && alternate.close != 0) quotes.alternate = alternate;
    ulocdata_close(data);
  }
  const std::string primary_language = lang.substr(0, lang.find_first_of("-_"));
  if (primary_language == "fr" && quotes.alternate.open == quotes.primary.open)
    quotes.alternate = {U'“', U'”'};
  if (lang == "de-CH" || lang == "de_CH") quotes = {{U'«', U'»'}, {U'‹', U'›'}};
  return quotes;
}

bool isQuotationMark(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_QUOTATION_MARK);
}

char32_t closerFor(char32_t open, const LocaleQuotes& quotes) {
  if (open == quotes.primary.open) return quotes.primary.close;
  if (open == quotes.alternate.open) return quotes.alternate.close;
  if (open == U'"') return U'"';
  for (const QuotePair& pair : kFixedPairs) {
    if (pair.open == open && pair.open != quotes.primary.close && pair.open != quotes.alternate.close)
      return pair.close;
  }
  return 0;
}

std::vector<QuoteMark> findQuoteMarks(std::string_view text, TextRange range, const LocaleQuotes& quotes) {
  std::vector<QuoteMark> marks;
  for (std::size_t i = range.begin; i < range.end;) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, i, &len);
    if (len == 0) break;
    if (cp != U'\'' && isQuotationMark(cp)) {
      const char32_t before = i > range.begin ? codePointBefore(text, i) : 0;
      const char32_t after = i + len < range.end ? codePointAt(text, i + len) : 0;
      QuoteMark mark{{i, i + len}, cp, MarkRole::ambiguous};
      const bool locale_open = cp == quotes.primary.open || cp == quotes.alternate.open;
      const bool locale_close = cp == quotes.primary.close || cp == quotes.alternate.close;
      if (cp == U'’' && isLetter(before)) {
        // don’t, l’Ukraine: an apostrophe. students’ (letter, then no letter): a closing ‘…’ only when a
        // quotation opened with ‘ is pending, which the caller knows; so ambiguous.
        mark.role = isLetter(after) ? MarkRole::apostrophe : MarkRole::ambiguous;
      } else if (cp == U'"') {
        const bool open_context = before == 0 || isWhiteSpace(before) || before == U'(' || before == U'[' ||
                                  before == U'—' || before == U'–';
        mark.role = open_context ? MarkRole::open : MarkRole::close;
      } else if (locale_open && locale_close) {
        mark.role = MarkRole::ambiguous;  // same mark both ways (nl ‘ ’ alternate …): decided by nesting
      } else if (locale_open) {
        mark.role = MarkRole::open;
      } else if (locale_close) {
        mark.role = MarkRole::close;
      } else {
        bool fixed_open = false, fixed_close = false;
        for (const QuotePair& pair : kFixedPairs) {
          fixed_open = fixed_open || pair.open == cp;
          fixed_close = fixed_close || pair.close == cp;
        }
        mark.role = fixed_open ? MarkRole::open : fixed_close ? MarkRole::close : MarkRole::ambiguous;
      }
      marks.push_back(mark);
    }
    i += len;
  }
  return marks;
}

}  // namespace concord::rules
