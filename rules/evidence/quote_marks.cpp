#include "rules/evidence/quote_marks.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/unistr.h>

#include "checker/model/unicode_text.h"

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

// What follows a closing mark: a space, the end, or punctuation (», « or ” after a closing mark included).
bool isPunctuationAfterQuote(char32_t cp) { return !isLetter(cp) && !isDigit(cp); }

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The end of the HTML tag that starts at `i` (<a href="…">, </p>, <img title='…'/>), or npos when `<` does
// not start one. Attribute values are skipped whole, so a > inside them does not end the tag; a tag never
// spans a line. Copy pasted from a CMS keeps its inline markup, and the marks around attribute values are not
// speech.
std::size_t markupTagEnd(std::string_view text, std::size_t i, std::size_t end) {
  std::size_t j = i + 1;
  if (j < end && text[j] == '/') ++j;
  if (j >= end || !isAsciiLetter(text[j])) return std::string_view::npos;
  while (j < end && (isAsciiLetter(text[j]) || (text[j] >= '0' && text[j] <= '9'))) ++j;
  if (j >= end || !(text[j] == ' ' || text[j] == '\t' || text[j] == '>' || text[j] == '/'))
    return std::string_view::npos;
  for (; j < end; ++j) {
    if (text[j] == '>') return j + 1;
    if (text[j] == '<' || text[j] == '\n') return std::string_view::npos;
    if (text[j] == '"' || text[j] == '\'') {
      const std::size_t close = text.find(text[j], j + 1);
      if (close == std::string_view::npos || close >= end) return std::string_view::npos;
      j = close;
    }
  }
  return std::string_view::npos;
}

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
  if (lang == "de-CH" || lang == "de_CH")
    quotes = {{U'«', U'»'}, {U'‹', U'›'}};
  else if (primary_language == "de")
    quotes.inward_guillemets = true;
  return quotes;
}

bool isQuotationMark(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_QUOTATION_MARK);
}

bool usesLow9(const LocaleQuotes& quotes) {
  return quotes.primary.open == U'„' || quotes.alternate.open == U'‚';
}

bool isInwardGuillemet(char32_t cp, MarkRole role, const LocaleQuotes& quotes) {
  if (!quotes.inward_guillemets) return false;
  if (role == MarkRole::open) return cp == U'»' || cp == U'›';
  if (role == MarkRole::close) return cp == U'«' || cp == U'‹';
  return false;
}

char32_t closerFor(char32_t open, const LocaleQuotes& quotes) {
  if (open == quotes.primary.open) return quotes.primary.close;
  if (open == quotes.alternate.open) return quotes.alternate.close;
  if (open == U'"') return U'"';
  if (quotes.inward_guillemets && open == U'»') return U'«';
  if (quotes.inward_guillemets && open == U'›') return U'‹';
  if (open == U'‘' && !usesLow9(quotes)) return U'’';
  for (const QuotePair& pair : kFixedPairs) {
    if (pair.open == open && pair.open != quotes.primary.close && pair.open != quotes.alternate.close)
      return pair.close;
  }
  return 0;
}

std::vector<QuoteMark> findQuoteMarks(std::string_view text, TextRange range, const LocaleQuotes& quotes) {
  std::vector<QuoteMark> marks;
  bool straight_open = false;  // the last straight " opened a quotation
  for (std::size_t i = range.begin; i < range.end;) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, i, &len);
    if (len == 0) break;
    if (cp == U'<') {
      const std::size_t tag_end = markupTagEnd(text, i, range.end);
      if (tag_end != std::string_view::npos) {
        i = tag_end;
        continue;
      }
    }
    // \" is a quotation mark escaped for a program (JSON, a CMS field), not one a reader sees.
    const bool escaped = cp == U'"' && i > range.begin && text[i - 1] == '\\';
    // 5' 10", a 17" screen: a " right after a figure, with no straight quotation open, is an inch mark.
    const bool inch = cp == U'"' && !straight_open && i > range.begin && isDigit(codePointBefore(text, i));
    if (cp != U'\'' && !escaped && !inch && isQuotationMark(cp)) {
      const char32_t before = i > range.begin ? codePointBefore(text, i) : 0;
      const char32_t after = i + len < range.end ? codePointAt(text, i + len) : 0;
      QuoteMark mark{{i, i + len}, cp, MarkRole::ambiguous};
      const bool locale_open = cp == quotes.primary.open || cp == quotes.alternate.open;
      const bool locale_close = cp == quotes.primary.close || cp == quotes.alternate.close;
      if (cp == U'’' && isDigit(before) && isLetter(after)) {
        mark.role = MarkRole::apostrophe;  // the 90’s, 4’s
      } else if (cp == U'’' && (before == 0 || isWhiteSpace(before)) && (isLetter(after) || isDigit(after))) {
        mark.role = MarkRole::apostrophe;  // elision at the start of a word: the ’90s, rock ’n’ roll, ’tis
      } else if (cp == U'’' && isLetter(before)) {
        // don’t, l’Ukraine: an apostrophe. students’ (letter, then no letter): a closing ‘…’ only when a
        // quotation opened with ‘ is pending, which the caller knows; so ambiguous.
        mark.role = isLetter(after) ? MarkRole::apostrophe : MarkRole::ambiguous;
      } else if (quotes.inward_guillemets && (cp == U'»' || cp == U'«' || cp == U'›' || cp == U'‹')) {
        // German »…« or French-facing «…» left in German: the context says which way the mark faces.
        const bool open_context = before == 0 || isWhiteSpace(before) || before == U'(' || before == U'[' ||
                                  before == U'—' || before == U'–';
        const bool close_context = after == 0 || isWhiteSpace(after) || isPunctuationAfterQuote(after);
        mark.role = open_context && !isWhiteSpace(after) && after != 0 ? MarkRole::open
                    : close_context && !open_context                   ? MarkRole::close
                                                                       : MarkRole::ambiguous;
      } else if (cp == U'"') {
        const bool open_context = before == 0 || isWhiteSpace(before) || before == U'(' || before == U'[' ||
                                  before == U'—' || before == U'–';
        mark.role = open_context ? MarkRole::open : MarkRole::close;
        straight_open = open_context;
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
        // ‘ closes only the low-9 ‚; after a space and before a word, in a locale without them, it opens the
        // English-style ‘…’ (a third level in Spanish and French: « “ ‘ ’ ” »).
        const bool opens_single = cp == U'‘' && !usesLow9(quotes) &&
                                  (before == 0 || isWhiteSpace(before) || before == U'(' || before == U'[' ||
                                   before == U'“' || before == U'«' || before == U'—' || before == U'–') &&
                                  (isLetter(after) || isDigit(after));
        mark.role = fixed_open || opens_single ? MarkRole::open
                    : fixed_close              ? MarkRole::close
                                               : MarkRole::ambiguous;
      }
      marks.push_back(mark);
    }
    i += len;
  }
  return marks;
}

std::vector<std::optional<std::vector<Quotation>>> quotationsByParagraph(const Document& doc) {
  const LocaleQuotes quotes = localeQuotes(doc.lang());
  const auto& paragraphs = doc.paragraphs();
  std::vector<std::vector<QuoteMark>> marks(paragraphs.size());
  for (std::size_t p = 0; p < paragraphs.size(); ++p)
    marks[p] = findQuoteMarks(doc.text(), paragraphs[p].range, quotes);
  std::vector<std::optional<std::vector<Quotation>>> result(paragraphs.size());
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    // May run on when the next paragraph starts with an opening mark (the one left open is checked below).
    const bool next_reopens = p + 1 < paragraphs.size() && !marks[p + 1].empty() &&
                              marks[p + 1].front().range.begin == paragraphs[p + 1].range.begin &&
                              marks[p + 1].front().role != MarkRole::close;
    auto quotations = pairQuotations(marks[p], paragraphs[p].range, quotes, next_reopens);
    if (quotations && !quotations->empty() && !quotations->back().close &&
        quotations->back().open.mark != marks[p + 1].front().mark)
      quotations.reset();
    result[p] = std::move(quotations);
  }
  return result;
}

bool closesLow9(char32_t open, char32_t mark) {
  return (open == U'„' && (mark == U'“' || mark == U'”')) || (open == U'‚' && (mark == U'‘' || mark == U'’'));
}

bool isQuoteSpace(char32_t cp) { return cp == U' ' || cp == U'\u00A0' || cp == U'\u202F' || cp == U'\u2009'; }

std::optional<std::vector<Quotation>> pairQuotations(const std::vector<QuoteMark>& marks, TextRange paragraph,
                                                     const LocaleQuotes& quotes, bool may_run_on,
                                                     std::vector<Quotation>* flattened) {
  struct Open {
    QuoteMark mark;
    char32_t closer;
    bool reopened = false;  // opened with a mark already open around it (read as nesting: see `flattened`)
  };
  std::vector<Quotation> quotations;
  std::vector<Open> stack;
  const bool nests_differently = quotes.alternate.open != quotes.primary.open;
  for (const QuoteMark& mark : marks) {
    if (mark.role == MarkRole::apostrophe) continue;
    const bool closes_top =
        !stack.empty() && (stack.back().closer == mark.mark || closesLow9(stack.back().mark.mark, mark.mark));
    if (closes_top && (mark.role != MarkRole::open || mark.mark == U'"' || mark.role == MarkRole::ambiguous ||
                       stack.back().mark.mark == U'„' || stack.back().mark.mark == U'‚')) {
      if (stack.size() == 1)
        quotations.push_back({stack.front().mark, mark, {stack.front().mark.range.end, mark.range.begin}});
      if (stack.back().reopened)
        flattened->push_back({stack.back().mark, mark, {stack.back().mark.range.end, mark.range.begin}});
      stack.pop_back();
      continue;
    }
    if (mark.role == MarkRole::ambiguous && mark.mark == U'’') continue;  // an apostrophe after a word
    if (mark.role == MarkRole::close) return std::nullopt;
    const char32_t closer = closerFor(mark.mark, quotes);
    if (closer == 0) continue;
    // Opened with the mark of the quotation right around it; “a ‘b “c” d’ e” nests correctly at the third
    // level.
    const bool reopened = !stack.empty() && stack.back().mark.mark == mark.mark;
    const bool misnested = reopened && nests_differently && mark.mark != U'"';
    if (misnested && flattened == nullptr) return std::nullopt;
    stack.push_back({mark, closer, misnested});
  }
  if (!stack.empty() && flattened != nullptr) return std::nullopt;
  if (!stack.empty()) {
    if (!may_run_on || stack.size() != 1) return std::nullopt;
    quotations.push_back({stack.front().mark, std::nullopt, {stack.front().mark.range.end, paragraph.end}});
  }
  return quotations;
}

std::vector<bool> foreignParagraphs(const Document& doc, const LocaleQuotes& quotes) {
  std::vector<bool> foreign(doc.paragraphs().size(), false);
  for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
    for (const QuoteMark& mark : findQuoteMarks(doc.text(), doc.paragraphs()[p].range, quotes)) {
      const char32_t cp = mark.mark;
      const bool own = cp == U'"' || cp == U'\'' || cp == U'’' || cp == quotes.primary.open ||
                       cp == quotes.primary.close || cp == quotes.alternate.open ||
                       cp == quotes.alternate.close;
      foreign[p] = foreign[p] || (!own && !isInwardGuillemet(cp, mark.role, quotes));
    }
  }
  return foreign;
}

}  // namespace concord::rules
