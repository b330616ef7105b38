#include "rules/typography/double_space.h"

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "typography/double-space", "Two or more spaces between words",
    "A double space usually marks a word removed in editing or a join of two MT segments; it "
    "shows in print and in justified columns.",
    Severity::info};

}  // namespace

const RuleInfo& TypographyDoubleSpaceRule::info() const { return kInfo; }

void TypographyDoubleSpaceRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& doc = pair.target;
  const std::string& text = doc.text();
  const std::string& original = doc.original();
  for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
    const TextRange sentence = doc.sentences()[s].range;
    for (std::size_t i = sentence.begin; i < sentence.end;) {
      if (text[i] != ' ' || original[i] != ' ') {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < sentence.end && text[end] == ' ' && original[end] == ' ') ++end;
      // Between two visible characters of the same line only (not trailing spaces, not blanked markup).
      const bool inside = i > sentence.begin && end < sentence.end &&
                          !isWhiteSpace(codePointBefore(text, i)) && !isWhiteSpace(codePointAt(text, end));
      if (end - i >= 2 && inside) {
        Finding finding;
        finding.primary = Side::target;
        finding.target = TextRange{i, end};
        finding.source = pair.sourceRangeOfTarget(s);
        finding.severity = Severity::info;
        finding.suggestion.emplace(1, ' ');  // (not `= " "`: gcc 12 reports a false -Wrestrict on it)
        finding.message = std::to_string(end - i) + " spaces in a row";
        context.report(std::move(finding));
      }
      i = end;
    }
  }
}

}  // namespace concord::rules
