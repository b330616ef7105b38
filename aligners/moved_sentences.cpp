#include "aligners/moved_sentences.h"

#include <algorithm>
#include <tuple>

namespace concord::aligners {

std::size_t pairMovedSentences(std::vector<Link>& links, LinkCostModel& model, double max_cost,
                               std::size_t window) {
  std::vector<std::size_t> omitted, added;  // indices of the lone 1-0 and 0-1 links
  for (std::size_t l = 0; l < links.size(); ++l) {
    if (links[l].source_count == 1 && links[l].target_count == 0) omitted.push_back(l);
    if (links[l].source_count == 0 && links[l].target_count == 1) added.push_back(l);
  }
  const BandMove& one_one = anchorMoves()[anchorMoveIndex(1, 1)];
  std::vector<std::tuple<double, std::size_t, std::size_t, double>> candidates;  // cost, 1-0, 0-1, confidence
  std::size_t first_added = 0;
  for (const std::size_t o : omitted) {
    while (first_added < added.size() && added[first_added] + window < o) ++first_added;
    for (std::size_t k = first_added; k < added.size() && added[k] <= o + window; ++k) {
      const std::size_t a = added[k];
      const std::size_t s = links[o].source_begin, t = links[a].target_begin;
      const LinkScore score = model.score(s + 1, t + 1, one_one);
      // Length agreement alone says nothing about where a sentence went: two short exclamations anywhere
      // in a story have it. A move needs a word of one side met in the other.
      if (score.cost > max_cost || score.dice <= 0) continue;
      // As for an in-order link: sure when the words agree, or failing words, when the lengths agree.
      const double confidence =
          std::clamp(0.3 + 0.7 * std::max(std::min(1.0, score.dice / 0.3), 0.8 * score.lengthP()), 0.0, 1.0);
      candidates.emplace_back(score.cost, o, a, confidence);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  std::size_t made = 0;
  for (const auto& [cost, o, a, confidence] : candidates) {
    if (links[o].moved_partner || links[a].moved_partner) continue;
    links[o].moved_partner = a;
    links[a].moved_partner = o;
    links[o].confidence = links[a].confidence = confidence;
    ++made;
  }
  return made;
}

}  // namespace concord::aligners
