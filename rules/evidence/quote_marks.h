#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/document.h"
#include "checker/model/text_range.h"

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
  /// German houses (and books) that quote »…« with ›…‹ inside: guillemets pointing inwards are the
  /// language's own marks there, a » opening and a « closing, told apart from French-facing ones by context.
  bool inward_guillemets = false;
};
LocaleQuotes localeQuotes(const std::string& lang);

/// Role of one quotation mark occurrence.
enum class MarkRole { open, close, apostrophe, ambiguous };

/// True when the locale quotes with low-9 marks („…“, ‚…‘), where ‘ closes a quotation; elsewhere ‘ opens
/// the English-style ‘…’ that English nests, and Spanish and French use as a third level.
bool usesLow9(const LocaleQuotes& quotes);

/// True for » « › ‹ used the German inward way (»…«), which `quotes` allows: `role` is the mark's role.
bool isInwardGuillemet(char32_t cp, MarkRole role, const LocaleQuotes& quotes);

/// A quotation mark found in text, with its role in the target locale.
struct QuoteMark {
  TextRange range;
  char32_t mark = 0;
  MarkRole role = MarkRole::ambiguous;
};

/// Every quotation mark in `range` of `text`, with roles decided from the locale's pairs and the context:
/// ’ between letters (don’t, l’Ukraine), at the start of a word (the ’90s) or after a plural s is an
/// apostrophe, not a closing quote;
/// a straight " opens after space or start and closes before space, punctuation or end. Not quotation marks:
/// a \" escaped for a program, a " after a figure with no straight quotation open (5' 10", an inch mark),
/// the marks inside an HTML tag (<a href="…">, title="…"); ’ between a figure and a letter (the 90’s) is an
/// apostrophe. A ‘ after a space and before a word opens a quotation in a locale without low-9 marks.
std::vector<QuoteMark> findQuoteMarks(std::string_view text, TextRange range, const LocaleQuotes& quotes);

/// True for the characters Unicode calls Quotation_Mark (straight, curly, guillemets, low-9, angle).
bool isQuotationMark(char32_t cp);

/// The closing mark paired with `open` in this locale (0 when `open` is not an opener here).
char32_t closerFor(char32_t open, const LocaleQuotes& quotes);

/// A top-level quotation of one paragraph (quotations nested in it are part of its content).
struct Quotation {
  QuoteMark open;
  std::optional<QuoteMark> close;  ///< nullopt: a running quotation that continues in the next paragraph
  TextRange content;               ///< between the marks (to the paragraph end for a running quotation)
};

/// Pairs the marks of one paragraph (from findQuoteMarks) into top-level quotations. Returns nullopt when
/// they do not pair up — a stray closer, a quotation reopened inside itself, or one left open that
/// `may_run_on` does not allow (the next paragraph does not reopen it): quotes/unbalanced reports those, so
/// the rules that compare quotations stay silent there.
///
/// With `flattened`, a quotation reopened inside itself is read as a nested quotation written with the outer
/// level's marks (« … « … » … », “ … “ … ” … ”, what MT makes of a nesting) and appended there; the paragraph
/// must then pair up completely, nothing left open, or the result is nullopt.
std::optional<std::vector<Quotation>> pairQuotations(const std::vector<QuoteMark>& marks, TextRange paragraph,
                                                     const LocaleQuotes& quotes, bool may_run_on,
                                                     std::vector<Quotation>* flattened = nullptr);

/// The quotations of every paragraph of `doc` in its own locale: nullopt for a paragraph whose marks do not
/// pair up. A quotation left open counts as running on when the next paragraph starts by reopening it.
std::vector<std::optional<std::vector<Quotation>>> quotationsByParagraph(const Document& doc);

/// True when `mark` closes a quotation opened with the low-9 mark `open`: German „…“ and Polish „…” alike, so
/// a „ left in another language still pairs with that language's own closing mark.
bool closesLow9(char32_t open, char32_t mark);

/// True for the white space that French puts inside guillemets and an MT system carries into other
/// languages: space, NBSP, narrow NBSP, thin space.
bool isQuoteSpace(char32_t cp);

/// For each paragraph of `doc`, whether it holds a quotation mark of another locale than `quotes` (a German
/// “ closing „ in English, English ” in German): such a paragraph is quotes/foreign-marks' to report, and
/// the checks that read marks by this locale's roles (spacing, mixed styles) leave it to that rule.
std::vector<bool> foreignParagraphs(const Document& doc, const LocaleQuotes& quotes);

}  // namespace concord::rules
