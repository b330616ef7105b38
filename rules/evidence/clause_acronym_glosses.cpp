#include "rules/evidence/clause_acronym_glosses.h"

#include <algorithm>

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

// A lower-case word this short (code points) may stand between a name's words: of, the, for, de, des, für.
constexpr std::size_t kMaxLinkWordLength = 3;

bool capitalised(const Word& word) { return !word.acronym && isUpper(codePointAt(word.surface, 0)); }

}  // namespace

std::size_t lettersOfAcronymsNotKept(const std::vector<Word>& other, const std::vector<Word>& own) {
  std::size_t letters = 0;
  for (const Word& word : other) {
    if (!word.acronym) continue;
    if (std::any_of(own.begin(), own.end(), [&](const Word& w) { return w.surface == word.surface; }))
      continue;
    letters += word.length;
  }
  return letters;
}

std::vector<std::size_t> multiWordNames(const std::vector<Word>& words) {
  std::vector<std::size_t> name_of(words.size(), kNoName);
  std::size_t names = 0;
  for (std::size_t w = 1; w < words.size();) {
    if (!capitalised(words[w])) {
      ++w;
      continue;
    }
    // The run from w: capitalised words, and short lower-case words followed by another capitalised one.
    std::vector<std::size_t> members{w};
    std::size_t next = w + 1;
    while (next < words.size()) {
      if (capitalised(words[next])) {
        members.push_back(next++);
        continue;
      }
      std::size_t after = next;
      while (after < words.size() && !capitalised(words[after]) && !words[after].acronym &&
             words[after].length <= kMaxLinkWordLength)
        ++after;
      if (after == next || after >= words.size() || !capitalised(words[after])) break;
      next = after;
    }
    if (members.size() >= 2) {
      for (const std::size_t m : members) name_of[m] = names;
      ++names;
    }
    w = next;
  }
  return name_of;
}

}  // namespace concord::rules
