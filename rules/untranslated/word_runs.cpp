#include "rules/untranslated/word_runs.h"

#include <optional>

namespace concord::rules {
namespace {

// Cuts [first, last] to its outermost core words, if it has any.
void keepRun(const std::vector<RunRole>& roles, std::size_t first, std::size_t last,
             std::vector<WordRun>& runs) {
  std::optional<std::size_t> begin, end;
  for (std::size_t k = first; k <= last; ++k) {
    if (roles[k] != RunRole::core) continue;
    if (!begin) begin = k;
    end = k;
  }
  if (begin) runs.push_back({*begin, *end});
}

}  // namespace

std::vector<WordRun> joinedStretches(const std::vector<RunRole>& roles, const std::vector<bool>& joined) {
  std::vector<WordRun> stretches;
  std::size_t k = 0;
  while (k < roles.size()) {
    if (roles[k] == RunRole::outside) {
      ++k;
      continue;
    }
    std::size_t last = k;
    while (last + 1 < roles.size() && last < joined.size() && joined[last] &&
           roles[last + 1] != RunRole::outside)
      ++last;
    stretches.push_back({k, last});
    k = last + 1;
  }
  return stretches;
}

std::vector<WordRun> groupRuns(const std::vector<RunRole>& roles, const std::vector<bool>& joined) {
  std::vector<WordRun> runs;
  for (const WordRun& stretch : joinedStretches(roles, joined))
    keepRun(roles, stretch.first, stretch.last, runs);
  return runs;
}

}  // namespace concord::rules
