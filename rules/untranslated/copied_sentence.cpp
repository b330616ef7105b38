#include "rules/untranslated/copied_sentence.h"

#include <algorithm>
#include <vector>

#include "checker/model/unicode_text.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

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

std::optional<CopiedSentence> copiedSentence(const AlignedPair& pair, const Link& link, std::size_t t) {
  const std::vector<Word> target = wordsOf(pair.target, t, 1);
  if (target.size() < kMinWords || allCapitalisedOrNumeric(pair.target, target)) return std::nullopt;
  for (std::size_t s = link.source_begin; s < link.source_end(); ++s) {
    const std::size_t distance = wordDistance(wordsOf(pair.source, s, 1), target);
    if (distance <= (target.size() >= kNearlyWords ? 1u : 0u)) return CopiedSentence{s, distance};
  }
  return std::nullopt;
}

}  // namespace concord::rules
