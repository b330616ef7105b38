#include "rules/untranslated/sentence.h"

#include <algorithm>

#include "checker/model/unicode_text.h"
#include "rules/evidence/boilerplate.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "untranslated/sentence", "A target sentence identical (or nearly) to its source sentence",
    "Machine translation passes through sentences it fails to recognise — a quotation, a paragraph in a "
    "third language, a line pasted after translation. The published story then carries a sentence in the "
    "source language.",
    Severity::warning};

constexpr std::size_t kMinWords = 3;
// Long sentences may differ by one word (a name romanised differently, a fixed typo) and still be
// untranslated.
constexpr std::size_t kNearlyWords = 8;

// Word-level edit distance, capped at 2 (we only need 0, 1 or "more").
std::size_t wordDistance(const std::vector<Word>& a, const std::vector<Word>& b) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > 1) return 2;
  std::vector<std::size_t> previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t substitute = previous[j - 1] + (a[i - 1].key == b[j - 1].key ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  return std::min<std::size_t>(previous[m], 2);
}

// A line of names or codes ("Vladimir Poutine", "OTAN UE G7") reads the same in every language.
bool allCapitalisedOrNumeric(const Document& doc, const std::vector<Word>& words) {
  return std::all_of(words.begin(), words.end(), [&](const Word& w) {
    const char32_t first = codePointAt(doc.text(), w.range.begin);
    return isUpper(first) || isDigit(first);
  });
}

}  // namespace

const RuleInfo& UntranslatedSentenceRule::info() const { return kInfo; }

void UntranslatedSentenceRule::check(const AlignedPair& pair, RuleContext& context) const {
  if (pair.source.language() == pair.target.language()) return;
  const BoilerplateMatcher boilerplate({pair.source.language(), pair.target.language()}, context.options());
  for (const Link& link : pair.alignment.links()) {
    for (std::size_t t = link.target_begin; t < link.target_end(); ++t) {
      const std::vector<Word> target = wordsOf(pair.target, t, 1);
      if (target.size() < kMinWords || allCapitalisedOrNumeric(pair.target, target)) continue;
      if (boilerplate.matches(pair.target.sentenceText(t))) continue;
      for (std::size_t s = link.source_begin; s < link.source_end(); ++s) {
        const std::size_t distance = wordDistance(wordsOf(pair.source, s, 1), target);
        if (distance > (target.size() >= kNearlyWords ? 1u : 0u)) continue;
        Finding finding;
        finding.primary = Side::target;
        finding.target = pair.target.sentences()[t].range;
        finding.source = pair.source.sentences()[s].range;
        // Identical words are their own proof of the alignment, whatever the length model thought of it.
        finding.confidence = distance == 0 ? 1.0 : std::max(link.confidence, 0.8);
        finding.message = distance == 0 ? "the target sentence is the source sentence, untranslated"
                                        : "the target sentence is the source sentence with one word changed: "
                                          "it was left untranslated";
        context.report(std::move(finding));
        break;
      }
    }
  }
}

}  // namespace concord::rules
