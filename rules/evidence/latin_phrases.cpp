#include "rules/evidence/latin_phrases.h"

#include <algorithm>
#include <set>

#include "checker/model/data_dir.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/data_lines.h"

namespace concord::rules {
namespace {

struct LatinPhrases {
  std::set<std::string, std::less<>> phrases;  // word keys joined by one space
  std::size_t longest = 0;
};

// The phrases, read once: the file is small and every untranslated/word check asks.
const LatinPhrases& latinPhrases() {
  static const LatinPhrases loaded = [] {
    LatinPhrases data;
    for (const DataLine& line : readDataLines(dataPath("dictionaries/latin_phrases.txt"))) {
      std::string key;
      std::size_t words = 0;
      for (const std::string& word : splitFields(line.text, ' ')) {
        if (word.empty()) continue;
        if (!key.empty()) key += ' ';
        key += foldKey(word, true);
        ++words;
      }
      if (words == 0) continue;
      data.phrases.insert(std::move(key));
      data.longest = std::max(data.longest, words);
    }
    return data;
  }();
  return loaded;
}

}  // namespace

bool isLatinPhrase(const std::vector<std::string>& keys, std::size_t first, std::size_t count) {
  if (count == 0 || first + count > keys.size()) return false;
  std::string key;
  for (std::size_t k = first; k < first + count; ++k) {
    if (k > first) key += ' ';
    key += keys[k];
  }
  return latinPhrases().phrases.count(key) > 0;
}

std::size_t longestLatinPhrase() { return latinPhrases().longest; }

}  // namespace concord::rules
