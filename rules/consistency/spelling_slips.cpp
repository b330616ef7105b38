#include "rules/consistency/spelling_slips.h"

#include <algorithm>
#include <vector>

#include "checker/model/letter_edits.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/name_key.h"

namespace concord::rules {
namespace {

constexpr std::size_t kShortestName = 5;
constexpr std::size_t kLongName = 8;

}  // namespace

std::map<std::string, std::string> spellingSlips(const std::map<std::string, std::size_t>& target_counts,
                                                 const std::set<std::string>& source_words) {
  // The source's names by their romanization-blind key: a German target's Nawalnaja is the source's
  // Navalnaya written by the target's own convention, so the source stands behind it as well.
  std::set<std::string> source_keys;
  for (const std::string& word : source_words) source_keys.insert(nameKey(word));
  auto sourceBacks = [&](const std::string& spelling) {
    return source_words.count(spelling) > 0 || source_keys.count(nameKey(spelling)) > 0;
  };
  std::map<std::string, std::string> slips;
  for (const auto& [slipped, slipped_count] : target_counts) {
    const std::size_t length = codePointCount(slipped);
    if (length < kShortestName || source_words.count(slipped) > 0) continue;
    const std::size_t limit = length >= kLongName ? 2 : 1;
    const std::string* best = nullptr;
    for (const auto& [intended, intended_count] : target_counts) {
      if (intended == slipped || intended_count < slipped_count || !sourceBacks(intended)) continue;
      // Backed by its key alone, the intended spelling is evidence only against a slip the source does not
      // back the same way (Ivano of Iwano-Frankiwsk beside Ivan is the source's own word, romanized).
      if (source_words.count(intended) == 0 && source_keys.count(nameKey(slipped)) > 0) continue;
      if (letterEdits(slipped, intended, limit) > limit) continue;
      // Two candidates: the more frequent one is what the writer meant; a tie leaves the slip unexplained.
      if (best != nullptr && target_counts.at(*best) == intended_count) {
        best = nullptr;
        break;
      }
      if (best == nullptr || target_counts.at(*best) < intended_count) best = &intended;
    }
    if (best != nullptr) slips.emplace(slipped, *best);
  }
  return slips;
}

}  // namespace concord::rules
