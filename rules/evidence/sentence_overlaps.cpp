#include "rules/evidence/sentence_overlaps.h"

#include <algorithm>

#include "aligners/anchor_keys.h"
#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

bool hasRomanized(const std::vector<Word>& words) {
  return std::any_of(words.begin(), words.end(), [](const Word& w) { return !w.romanized.empty(); });
}

}  // namespace

SentenceOverlaps::SentenceOverlaps(const std::vector<std::vector<Word>>& own,
                                   const std::vector<std::vector<Word>>& other)
    : own_(own),
      other_(other),
      telling_(own.size()),
      numeric_(own.size()),
      own_keys_(own.size()),
      other_keys_(other.size()),
      own_keys_known_(own.size(), 0),
      other_keys_known_(other.size(), 0) {
  for (std::size_t o = 0; o < own.size(); ++o) {
    for (const Word& w : own[o]) {
      const bool numeric = !w.key.empty() && isDigit(codePointAt(w.key, 0));
      numeric_[o].push_back(numeric);
      telling_[o].push_back(numeric || w.length >= 4);
    }
    own_romanized_.push_back(hasRomanized(own[o]));
  }
  for (const auto& words : other) other_romanized_.push_back(hasRomanized(words));
}

const std::vector<std::string>& SentenceOverlaps::romanizedKeys(const std::vector<std::vector<Word>>& side,
                                                                std::vector<std::vector<std::string>>& keys,
                                                                std::vector<char>& known,
                                                                std::size_t sentence) {
  if (!known[sentence]) {
    for (const Word& w : side[sentence])
      keys[sentence].push_back(!w.romanized.empty() ? w.romanized : aligners::romanizedKey(w.surface));
    known[sentence] = 1;
  }
  return keys[sentence];
}

const SentenceOverlaps::Met& SentenceOverlaps::met(std::size_t o, std::size_t t, bool across_scripts) {
  Met& m = met_[o * other_.size() + t];
  const std::vector<Word>& words = own_[o];
  if (m.by_inflection.empty() && !words.empty()) {
    m.by_inflection.assign(words.size(), 0);
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (!telling_[o][k]) continue;
      m.by_inflection[k] = std::any_of(other_[t].begin(), other_[t].end(),
                                       [&](const Word& w) { return inflectionMatch(w, words[k]); });
    }
  }
  if (across_scripts && !m.romanized_known) {
    m.by_romanized.assign(words.size(), 0);
    const auto& other_keys = romanizedKeys(other_, other_keys_, other_keys_known_, t);
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (!telling_[o][k] || numeric_[o][k] || m.by_inflection[k]) continue;
      const std::string& key = romanizedKeys(own_, own_keys_, own_keys_known_, o)[k];
      m.by_romanized[k] =
          std::any_of(other_keys.begin(), other_keys.end(),
                      [&](const std::string& other_key) { return romanizedMatch(key, other_key); });
    }
    m.romanized_known = true;
  }
  return m;
}

double SentenceOverlaps::overlap(std::size_t own_first, std::size_t own_count, std::size_t other_first,
                                 std::size_t other_count) {
  bool own_romanized = false, other_romanized = false;
  for (std::size_t o = own_first; o < own_first + own_count; ++o) own_romanized |= own_romanized_[o] != 0;
  for (std::size_t t = other_first; t < other_first + other_count; ++t)
    other_romanized |= other_romanized_[t] != 0;
  const bool across_scripts = own_romanized != other_romanized;
  std::size_t telling = 0, found = 0;
  for (std::size_t o = own_first; o < own_first + own_count; ++o) {
    for (std::size_t k = 0; k < own_[o].size(); ++k) {
      if (!telling_[o][k]) continue;
      ++telling;
      for (std::size_t t = other_first; t < other_first + other_count; ++t) {
        const Met& m = met(o, t, across_scripts);
        if (m.by_inflection[k] || (across_scripts && m.by_romanized[k])) {
          ++found;
          break;
        }
      }
    }
  }
  return telling == 0 ? 0.0 : static_cast<double>(found) / static_cast<double>(telling);
}

}  // namespace concord::rules
