#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/text_range.h"

namespace concord::rules {

/// A pair of quotation marks.
struct QuotePair {
  char32_t open = 0;
  char32_t close = 0;
};

/// The quotation marks of a locale: primary and alternate (nested) pairs from ICU `ulocdata_getDelimiter`,
/// with two corrections from usage: French nests “ ” inside « » (ICU gives « » twice), Swiss German uses « ».
struct LocaleQuotes {
  QuotePair primary;
  QuotePair alternate;
};
LocaleQuotes localeQuotes(const std::string& lang);

/// Role of one quotation mark occurrence.
enum class MarkRole { open, close, apostrophe, ambiguous };

/// A quotation mark found in text, with its role in the target locale.
struct QuoteMark {
  TextRange range;
  char32_t mark = 0;
  MarkRole role = MarkRole::ambiguous;
};

/// Every quotation mark in `range` of `text`, with roles decided from the locale's pairs and the context:
/// ’ between letters (don’t, l’Ukraine) or after a plural s is an apostrophe, not a closing quote;
/// a straight " opens after space or start and closes before space, punctuation or end.
std::vector<QuoteMark> findQuoteMarks(std::string_view text, TextRange range, const LocaleQuotes& quotes);

/// True for the characters Unicode calls Quotation_Mark (straight, curly, guillemets, low-9, angle).
bool isQuotationMark(char32_t cp);

/// The closing mark paired with `open` in this locale (0 when `open` is not an opener here).
char32_t closerFor(char32_t open, const LocaleQuotes& quotes);

}  // namespace concord::rules
