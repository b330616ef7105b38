#include "rules/consistency/spelling_slips.h"

#include <algorithm>
#include <vector>

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

std::vector<char32_t> codePoints(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    out.push_back(codePointAt(text, i, &length));
    i += std::max<std::size_t>(length, 1);
  }
  return out;
}

constexpr std::size_t kShortestName = 5;
constexpr std::size_t kLongName = 8;

}  // namespace

std::size_t letterEdits(std::string_view a_text, std::string_view b_text, std::size_t limit) {
  const std::vector<char32_t> a = codePoints(a_text), b = codePoints(b_text);
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Optimal string alignment distance, three rows.
  std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_best = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
      row_best = std::min(row_best, current[j]);
    }
    if (row_best > limit) return limit + 1;
    before.swap(previous);
    previous.swap(current);
  }
  return std::min(previous[m], limit + 1);
}

std::map<std::string, std::string> spellingSlips(const std::map<std::string, std::size_t>& target_counts,
                                                 const std::set<std::string>& source_words) {
  std::map<std::string, std::string> slips;
  for (const auto& [slipped, slipped_count] : target_counts) {
    const std::size_t length = codePointCount(slipped);
    if (length < kShortestName || source_words.count(slipped) > 0) continue;
    const std::size_t limit = length >= kLongName ? 2 : 1;
    const std::string* best = nullptr;
    for (const auto& [intended, intended_count] : target_counts) {
      if (intended == slipped || intended_count < slipped_count || source_words.count(intended) == 0)
        continue;
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
