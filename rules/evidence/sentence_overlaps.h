#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/evidence/term_match.h"

namespace concord::rules {

/// tellingOverlap between runs of consecutive sentences of one side (`own`) and of the other (`other`),
/// answered from which telling words of each own sentence meet words of each other sentence, worked out
/// once per pair of sentences. lexicalGaps's alignment asks about each pair of nearby sentences in up to
/// five steps (1-1, two 2-1, two 1-2), each once per direction; tellingOverlap joined the runs' words and
/// compared every word with every word each time. Gives exactly tellingOverlap(joined own run, joined
/// other run).
class SentenceOverlaps {
 public:
  /// Both tables must outlive this object.
  SentenceOverlaps(const std::vector<std::vector<Word>>& own, const std::vector<std::vector<Word>>& other);

  double overlap(std::size_t own_first, std::size_t own_count, std::size_t other_first,
                 std::size_t other_count);

 private:
  /// For each word of own sentence `o`: 1 when telling and met among other sentence `t`'s words.
  struct Met {
    std::vector<char> by_inflection;
    std::vector<char> by_romanized;  ///< romanized cognate keys; worked out only when asked across scripts
    bool romanized_known = false;
  };
  const Met& met(std::size_t o, std::size_t t, bool across_scripts);
  const std::vector<std::string>& romanizedKeys(const std::vector<std::vector<Word>>& side,
                                                std::vector<std::vector<std::string>>& keys,
                                                std::vector<char>& known, std::size_t sentence);

  const std::vector<std::vector<Word>>& own_;
  const std::vector<std::vector<Word>>& other_;
  std::vector<std::vector<char>> telling_, numeric_;   ///< per own sentence, per word
  std::vector<char> own_romanized_, other_romanized_;  ///< a sentence has a word with a romanized key
  std::vector<std::vector<std::string>> own_keys_, other_keys_;
  std::vector<char> own_keys_known_, other_keys_known_;
  std::unordered_map<std::size_t, Met> met_;  ///< key: o × other sentences + t
};

}  // namespace concord::rules
