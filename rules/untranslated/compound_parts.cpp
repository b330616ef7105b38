#include "rules/untranslated/compound_parts.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "checker/model/unicode_text.h"
#include "dictionaries/hunspell_lexicon.h"
#include "rules/evidence/spelling_memo.h"

namespace concord::rules {
namespace {

constexpr std::size_t kMinPartLetters = 4;

// German linking elements (Fugenelemente) a first part may end with: Haushalt|s|ausschuss,
// Arbeit|s|markt, Straße|n|bahn, Held|en|tat, Hund|e|hütte.
constexpr std::array<std::string_view, 5> kLinks{"s", "es", "n", "en", "e"};

// The first part as the dictionary lists it: as written, or without a linking element.
bool isFirstPart(const HunspellLexicon& lexicon, std::string_view part) {
  if (spells(lexicon, part)) return true;
  return std::any_of(kLinks.begin(), kLinks.end(), [&](std::string_view link) {
    if (!part.ends_with(link)) return false;
    const std::string_view stem = part.substr(0, part.size() - link.size());
    return codePointCount(stem) >= kMinPartLetters && spells(lexicon, stem);  // letters, not bytes (Hüt)
  });
}

}  // namespace

bool splitsIntoNouns(const HunspellLexicon& lexicon, std::string_view word) {
  const std::vector<std::size_t> starts = codePointStarts(word);
  // The longest head first: a compound's meaning sits in its last noun (Füllstation), so the split that
  // leaves the dictionary the longest known head is the likeliest reading.
  for (std::size_t k = kMinPartLetters; k + kMinPartLetters <= starts.size(); ++k) {
    const std::string head = upperFirst(word.substr(starts[k]));
    if (spells(lexicon, head) && isFirstPart(lexicon, word.substr(0, starts[k]))) return true;
  }
  return false;
}

std::vector<std::string> compoundHeads(const HunspellLexicon& lexicon, std::string_view word) {
  constexpr std::size_t kMinHeadPart = 3;
  const std::vector<std::size_t> starts = codePointStarts(word);
  std::vector<std::string> heads;
  for (std::size_t k = kMinHeadPart; k + kMinHeadPart <= starts.size(); ++k) {
    std::string head = upperFirst(word.substr(starts[k]));
    if (spells(lexicon, head)) heads.push_back(std::move(head));
  }
  return heads;
}

}  // namespace concord::rules
