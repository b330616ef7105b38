#include "rules/evidence/acronym_expansion.h"

#include <algorithm>
#include <optional>
#include <string>

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

// A name spelled out before its acronym has at most this many words (Lagos State Traffic Management
// Authority: five, with "of the" between them seven).
constexpr std::size_t kMaxNameWords = 8;
// A lower-case word this short (code points) may stand between a name's words: of, the, for, de, des, für.
constexpr std::size_t kMaxLinkWordLength = 3;

bool capitalised(const Word& word) { return isUpper(codePointAt(word.surface, 0)); }

// Whether the keys of `name` (capitalised words, in order) give `acronym` from `at` on, each word one or more
// of its first letters.
bool spells(const std::vector<const Word*>& name, std::size_t word, std::string_view acronym) {
  if (word == name.size()) return acronym.empty();
  const std::string& key = name[word]->key;
  for (std::size_t take = 1; take <= std::min(key.size(), acronym.size()); ++take) {
    if (key.compare(0, take, acronym, 0, take) != 0) break;
    if (spells(name, word + 1, acronym.substr(take))) return true;
  }
  return false;
}

// Whether `word` stands alone in brackets: "(LASTMA)".
bool bracketed(std::string_view text, const Word& word) {
  return word.range.begin > 0 && text[word.range.begin - 1] == '(' && word.range.end < text.size() &&
         text[word.range.end] == ')';
}

}  // namespace

std::vector<bool> spelledOutByKeptAcronym(std::string_view text, const std::vector<Word>& words,
                                          const std::vector<Word>& other) {
  std::vector<bool> spelled(words.size(), false);
  for (std::size_t a = 1; a < words.size(); ++a) {
    const Word& acronym = words[a];
    if (!acronym.acronym || !bracketed(text, acronym)) continue;
    if (std::none_of(other.begin(), other.end(), [&](const Word& o) { return o.surface == acronym.surface; }))
      continue;
    // The longest run of words before the bracket, starting with a capitalised one, that spells it.
    std::optional<std::size_t> first;
    std::vector<const Word*> name;
    for (std::size_t start = a; start-- > 0 && a - start <= kMaxNameWords;) {
      const Word& word = words[start];
      if (!capitalised(word) && word.length > kMaxLinkWordLength) break;
      if (!capitalised(word)) continue;
      name.insert(name.begin(), &word);
      if (spells(name, 0, acronym.key)) first = start;
    }
    if (!first) continue;
    for (std::size_t w = *first; w < a; ++w) spelled[w] = capitalised(words[w]);
  }
  return spelled;
}

}  // namespace concord::rules
