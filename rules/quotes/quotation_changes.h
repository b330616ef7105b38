#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/document.h"
#include "checker/model/finding.h"
#include "checker/model/text_range.h"
#include "rules/rule.h"

namespace concord::rules {

/// One quotation mark a quotes rule would change, and what it becomes.
struct MarkChange {
  char32_t mark = 0;         ///< the mark as written
  TextRange range;           ///< the mark, with the spaces beside it that the replacement changes too
  std::string replacement;   ///< what `range` becomes
  TextRange quotation;       ///< the quotation it opens or closes, both marks included; `range` when unpaired
  std::size_t sentence = 0;  ///< the target sentence the mark is in
  Severity severity = Severity::warning;
  std::string message;  ///< what is wrong with this mark alone
  std::string
      advice;  ///< what the quotation should be, in words ("en quotes with “…”"), for the group message
};

/// The marks of one quotation, changed together.
struct QuotationChange {
  TextRange range;          ///< from the first changed mark to the last: the quotation when both marks change
  std::string replacement;  ///< `range` of the file with every changed mark in it replaced
  std::vector<MarkChange> marks;
};

/// The sentence of `paragraph` that holds the byte at `offset`.
std::size_t sentenceAt(const Document& doc, const Paragraph& paragraph, std::size_t offset);

/// For the marks of one paragraph in text order, each with whether it opens, the quotation each belongs to:
/// an opener pairs with the next closer the way nesting does (a stack); a mark that pairs with none is a
/// quotation of its own.
std::vector<TextRange> quotationSpans(const std::vector<TextRange>& marks, const std::vector<bool>& opens);

/// Groups mark changes by quotation. An editor names a quotation once and fixes both its marks at once, so a
/// quotation whose marks both change is one change over the quotation (one whose opening mark alone changes,
/// a change of that mark); a quotation nested in a changed one is part of it. `file` is the target's bytes
/// (Document::original()), so markup inside a quotation is kept.
std::vector<QuotationChange> groupByQuotation(std::string_view file, std::vector<MarkChange> changes);

/// The marks of a change as written, joined by an ellipsis: «…», „…‚…‘…“.
std::string markSequence(const std::vector<MarkChange>& marks);

/// Reports each quotation of `changes` as one target finding: its range and replacement, the highest
/// severity of its marks, the message of its mark when only one changes, else `quotation_message(marks)`.
void reportByQuotation(const AlignedPair& pair, RuleContext& context, std::vector<MarkChange> changes,
                       const std::function<std::string(const std::vector<MarkChange>&)>& quotation_message);

}  // namespace concord::rules
