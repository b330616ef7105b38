#include "rules/quotes/quotation_changes.h"

#include <algorithm>

#include "checker/model/unicode_text.h"

namespace concord::rules {

std::size_t sentenceAt(const Document& doc, const Paragraph& paragraph, std::size_t offset) {
  std::size_t sentence = paragraph.first_sentence;
  for (std::size_t s = paragraph.first_sentence; s < paragraph.first_sentence + paragraph.sentence_count; ++s)
    if (doc.sentences()[s].range.begin <= offset) sentence = s;
  return sentence;
}

std::vector<TextRange> quotationSpans(const std::vector<TextRange>& marks, const std::vector<bool>& opens) {
  std::vector<TextRange> spans(marks.begin(), marks.end());
  std::vector<std::size_t> open;  // indices of the marks still open
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (opens[i]) {
      open.push_back(i);
    } else if (!open.empty()) {
      const TextRange quotation{marks[open.back()].begin, marks[i].end};
      spans[open.back()] = spans[i] = quotation;
      open.pop_back();
    }
  }
  return spans;
}

std::vector<QuotationChange> groupByQuotation(std::string_view file, std::vector<MarkChange> changes) {
  std::stable_sort(changes.begin(), changes.end(), [](const MarkChange& a, const MarkChange& b) {
    return a.quotation.begin != b.quotation.begin ? a.quotation.begin < b.quotation.begin
                                                  : a.quotation.end > b.quotation.end;
  });
  std::vector<QuotationChange> groups;
  for (MarkChange& change : changes) {
    // Quotations come outermost first: one that starts inside the last group is nested in it.
    if (groups.empty() || change.quotation.begin >= groups.back().range.end)
      groups.push_back({change.quotation, {}, {}});
    QuotationChange& group = groups.back();
    group.range.end = std::max(group.range.end, change.quotation.end);
    group.marks.push_back(std::move(change));
  }
  for (QuotationChange& group : groups) {
    std::sort(group.marks.begin(), group.marks.end(),
              [](const MarkChange& a, const MarkChange& b) { return a.range.begin < b.range.begin; });
    // The change spans the marks it changes, not the quotation's unchanged marks around them.
    group.range = {group.marks.front().range.begin, group.marks.front().range.end};
    for (const MarkChange& mark : group.marks) group.range.end = std::max(group.range.end, mark.range.end);
    std::size_t at = group.range.begin;
    for (const MarkChange& mark : group.marks) {
      group.replacement.append(file.substr(at, mark.range.begin - at));
      group.replacement.append(mark.replacement);
      at = mark.range.end;
    }
    group.replacement.append(file.substr(at, group.range.end - at));
  }
  return groups;
}

std::string markSequence(const std::vector<MarkChange>& marks) {
  std::string sequence;
  for (const MarkChange& mark : marks) sequence += (sequence.empty() ? "" : "…") + encodeUtf8(mark.mark);
  return sequence;
}

void reportByQuotation(const AlignedPair& pair, RuleContext& context, std::vector<MarkChange> changes,
                       const std::function<std::string(const std::vector<MarkChange>&)>& quotation_message) {
  for (QuotationChange& group : groupByQuotation(pair.target.original(), std::move(changes))) {
    Finding finding;
    finding.primary = Side::target;
    finding.target = group.range;
    finding.source = pair.sourceRangeOfTarget(group.marks.front().sentence);
    finding.severity = Severity::info;
    for (const MarkChange& mark : group.marks) finding.severity = std::max(finding.severity, mark.severity);
    finding.message = group.marks.size() == 1 ? group.marks.front().message : quotation_message(group.marks);
    finding.suggestion = std::move(group.replacement);
    context.report(std::move(finding));
  }
}

}  // namespace concord::rules
