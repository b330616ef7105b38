#include "checker/fixing/fix_plan.h"

#include <algorithm>

namespace concord {
namespace {

bool isFixable(const std::vector<std::string>& fixable, const std::string& rule_id) {
  return std::find(fixable.begin(), fixable.end(), rule_id) != fixable.end();
}

// The analysis text blanks markup, BOM and CR: where it differs from the bytes, a replacement would delete
// something that is not article text.
bool coversOnlyText(const Document& target, TextRange range) {
  return range.in(target.original()) == range.in(target.text());
}

// A replacement the file would read as its own syntax: inside a JSON string (ninjs) a quote, a backslash or
// a control character ends the string or begins an escape; in XML and HTML a '<' or '&' opens markup.
bool breaksTheFilesSyntax(const Document& target, std::string_view replacement) {
  if (target.fileFormat() == FileFormat::ninjs) {
    return std::any_of(replacement.begin(), replacement.end(),
                       [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
  }
  if (target.fileFormat() == FileFormat::newsml || target.fileFormat() == FileFormat::html)
    return replacement.find_first_of("<&") != std::string_view::npos;
  return false;
}

// An insertion (empty range) conflicts with an edit that covers its point or inserts at it.
bool conflict(const Edit& a, const Edit& b) {
  if (a.range.empty() || b.range.empty()) {
    const TextRange& point = a.range.empty() ? a.range : b.range;
    const TextRange& other = a.range.empty() ? b.range : a.range;
    return other.empty() ? point.begin == other.begin : point.begin > other.begin && point.begin < other.end;
  }
  return a.range.overlaps(b.range);
}

}  // namespace

FixPlan planFixes(const Document& target, const std::vector<Finding>& findings,
                  const std::vector<std::string>& fixable) {
  FixPlan plan;
  std::vector<Edit> candidates;
  for (const Finding& finding : findings) {
    if (finding.primary != Side::target || !finding.target || !finding.suggestion) continue;
    if (!isFixable(fixable, finding.rule_id)) continue;
    Edit edit{*finding.target, *finding.suggestion, finding.rule_id};
    if (edit.range.end > target.original().size() || edit.range.in(target.original()) == edit.replacement)
      continue;
    if (!coversOnlyText(target, edit.range)) {
      plan.skipped.push_back({std::move(edit), "the range holds markup or a line end"});
      continue;
    }
    if (breaksTheFilesSyntax(target, edit.replacement)) {
      plan.skipped.push_back(
          {std::move(edit), "the replacement would be read as the file's markup or escapes"});
      continue;
    }
    candidates.push_back(std::move(edit));
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Edit& a, const Edit& b) {
    return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.range.end < b.range.end;
  });
  // Two rules proposing the same text for the same range agree: one edit. Different text: ambiguous.
  std::vector<Edit> unique;
  for (std::size_t i = 0; i < candidates.size();) {
    std::size_t j = i + 1;
    bool agree = true;
    for (; j < candidates.size() && candidates[j].range == candidates[i].range; ++j)
      agree = agree && candidates[j].replacement == candidates[i].replacement;
    if (agree) {
      unique.push_back(candidates[i]);
    } else {
      for (std::size_t k = i; k < j; ++k)
        plan.skipped.push_back({candidates[k], "another rule suggests different text for the same words"});
    }
    i = j;
  }
  for (Edit& edit : unique) {
    const auto kept = std::find_if(plan.edits.begin(), plan.edits.end(),
                                   [&](const Edit& applied) { return conflict(applied, edit); });
    if (kept == plan.edits.end())
      plan.edits.push_back(std::move(edit));
    else
      plan.skipped.push_back(
          {std::move(edit), "overlaps the " + kept->rule_id + " fix; run concord fix again"});
  }
  return plan;
}

std::string applyEdits(std::string_view original, const std::vector<Edit>& edits) {
  std::string out;
  out.reserve(original.size());
  std::size_t at = 0;
  for (const Edit& edit : edits) {
    out.append(original.substr(at, edit.range.begin - at));
    out.append(edit.replacement);
    at = edit.range.end;
  }
  out.append(original.substr(at));
  return out;
}

}  // namespace concord
