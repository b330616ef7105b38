#include "aligners/moved_sentences.h"

#include <algorithm>
#include <optional>

namespace concord::aligners {
namespace {

// Lone links not yet part of a move.
bool isOmitted(const Link& link) {
  return link.source_count == 1 && link.target_count == 0 && !link.moved_partner;
}
bool isAdded(const Link& link) {
  return link.source_count == 0 && link.target_count == 1 && !link.moved_partner;
}

// How many links from `first` on are of the same lone kind as `first` (1-0 or 0-1), up to `max`: the
// sentences of a moved passage stand next to each other, so its halves are runs of such links.
std::size_t runLength(const std::vector<Link>& links, std::size_t first, bool (*same_kind)(const Link&),
                      std::size_t max) {
  std::size_t length = 0;
  while (length < max && first + length < links.size() && same_kind(links[first + length])) ++length;
  return length;
}

struct MoveCandidate {
  /// The run links' own costs minus the cost of one link joining them (what pairing saves), less
  /// MoveLimits::extra_sentence for each sentence beyond a 1-1.
  double gain;
  std::size_t omitted, omitted_links;  ///< the run of 1-0 links (first index, count)
  std::size_t added, added_links;      ///< the run of 0-1 links
  double confidence;
};

// `move` with its gain and confidence filled in, or nullopt when its runs are not one move: dearer than
// MoveLimits::max_cost as one link, or without a word of one side met in the other (length agreement alone
// says nothing about where a sentence went: two short exclamations anywhere in a story have it).
std::optional<MoveCandidate> scoreMove(const std::vector<Link>& links, LinkCostModel& model,
                                       const MoveLimits& limits, MoveCandidate move) {
  const std::size_t ks = move.omitted_links, kt = move.added_links;
  const std::size_t move_index = anchorMoveIndex(static_cast<int>(ks), static_cast<int>(kt));
  if (move_index >= anchorMoves().size()) return std::nullopt;
  const LinkScore score = model.score(links[move.omitted].source_begin + ks,
                                      links[move.added].target_begin + kt, anchorMoves()[move_index]);
  if (score.cost > limits.max_cost || score.dice <= 0) return std::nullopt;
  double own_cost = 0;
  for (std::size_t x = 0; x < ks; ++x) own_cost += links[move.omitted + x].cost;
  for (std::size_t x = 0; x < kt; ++x) own_cost += links[move.added + x].cost;
  move.gain = own_cost - score.cost - limits.extra_sentence * static_cast<double>(ks + kt - 2);
  move.confidence = score.confidence();  // as for an in-order link
  return move;
}

// Replaces every chosen run by one link (k-0 or 0-k) and makes the two runs of each move name each other.
std::vector<Link> joinMoves(const std::vector<Link>& links, const std::vector<MoveCandidate>& chosen) {
  std::vector<std::size_t> run_length(links.size(), 1), new_index(links.size());
  for (const MoveCandidate& move : chosen) {
    run_length[move.omitted] = move.omitted_links;
    run_length[move.added] = move.added_links;
  }
  std::vector<Link> joined;
  for (std::size_t l = 0; l < links.size(); l += run_length[l]) {
    Link link = links[l];
    for (std::size_t k = 1; k < run_length[l]; ++k) {
      link.source_count += links[l + k].source_count;
      link.target_count += links[l + k].target_count;
      link.cost += links[l + k].cost;
    }
    for (std::size_t k = 0; k < run_length[l]; ++k) new_index[l + k] = joined.size();
    joined.push_back(link);
  }
  for (Link& link : joined)
    if (link.moved_partner) link.moved_partner = new_index[*link.moved_partner];
  for (const MoveCandidate& move : chosen) {
    joined[new_index[move.omitted]].moved_partner = new_index[move.added];
    joined[new_index[move.added]].moved_partner = new_index[move.omitted];
    joined[new_index[move.omitted]].confidence = joined[new_index[move.added]].confidence = move.confidence;
  }
  return joined;
}

}  // namespace

MovedPassages pairMovedSentences(std::vector<Link>& links, LinkCostModel& model, const MoveLimits& limits) {
  std::vector<std::size_t> omitted, added;  // indices of the lone 1-0 and 0-1 links
  for (std::size_t l = 0; l < links.size(); ++l) {
    if (isOmitted(links[l])) omitted.push_back(l);
    if (isAdded(links[l])) added.push_back(l);
  }
  std::vector<MoveCandidate> candidates;
  std::size_t first_added = 0;
  for (const std::size_t o : omitted) {
    while (first_added < added.size() && added[first_added] + limits.window < o) ++first_added;
    const std::size_t omitted_run = runLength(links, o, isOmitted, 3);
    for (std::size_t k = first_added; k < added.size() && added[k] <= o + limits.window; ++k) {
      const std::size_t a = added[k], added_run = runLength(links, a, isAdded, 3);
      // The link types the aligner knows in place: 1-1, and a passage of 2 or 3 sentences made one (2-1,
      // 3-1) or one sentence split in 2 or 3 (1-2, 1-3).
      for (std::size_t ks = 1; ks <= omitted_run; ++ks)
        for (std::size_t kt = 1; kt <= (ks == 1 ? added_run : 1); ++kt)
          if (const auto move = scoreMove(links, model, limits, {0, o, ks, a, kt, 0}))
            candidates.push_back(*move);
    }
  }
  // The moves that save most first; each 1-0 or 0-1 link joins at most one move.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const MoveCandidate& x, const MoveCandidate& y) { return x.gain > y.gain; });
  std::vector<bool> taken(links.size(), false);
  std::vector<MoveCandidate> chosen;
  MovedPassages made;
  for (const MoveCandidate& move : candidates) {
    auto anyTaken = [&](std::size_t first, std::size_t count) {
      return std::any_of(taken.begin() + first, taken.begin() + first + count, [](bool t) { return t; });
    };
    if (anyTaken(move.omitted, move.omitted_links) || anyTaken(move.added, move.added_links)) continue;
    std::fill(taken.begin() + move.omitted, taken.begin() + move.omitted + move.omitted_links, true);
    std::fill(taken.begin() + move.added, taken.begin() + move.added + move.added_links, true);
    chosen.push_back(move);
    ++made.moves;
    made.source_sentences += move.omitted_links;
  }
  if (!chosen.empty()) links = joinMoves(links, chosen);
  return made;
}

}  // namespace concord::aligners
