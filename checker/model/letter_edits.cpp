#include "checker/model/letter_edits.h"

#include <algorithm>

#include "checker/model/unicode_text.h"

namespace concord {

std::u32string codePointsOf(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    out.push_back(codePointAt(text, i, &length));
    i += std::max<std::size_t>(length, 1);
  }
  return out;
}

std::size_t letterEdits(std::string_view a_text, std::string_view b_text, std::size_t limit) {
  const std::u32string a = codePointsOf(a_text), b = codePointsOf(b_text);
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

std::optional<std::string> closestName(std::string_view typed, const std::vector<std::string>& known) {
  const std::size_t limit = std::clamp<std::size_t>(codePointCount(typed) / 3, 1, 3);
  std::optional<std::string> best;
  std::size_t best_edits = limit + 1;
  for (const std::string& name : known) {
    const std::string_view last_part = std::string_view(name).substr(name.rfind('/') + 1);
    const std::size_t edits = std::min(letterEdits(typed, name, limit), letterEdits(typed, last_part, limit));
    if (edits < best_edits) {
      best = name;
      best_edits = edits;
    }
  }
  return best;
}

}  // namespace concord
