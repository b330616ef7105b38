#include "aligners/alignment_score.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "aligners/sentence_anchors.h"

namespace concord::aligners {
namespace {

struct Counts {
  std::size_t strict_true = 0, strict_false = 0, lax_true = 0, lax_false = 0;
};

// score.py's _precision(goldalign, testalign): each distinct test link is a strict hit when it is a gold
// link, and a lax hit when some gold link overlaps it on both sides.
Counts precisionCounts(const std::vector<IdLink>& gold_links, const std::vector<IdLink>& test_links) {
  std::set<IdLink> gold, test;
  for (const IdLink& l : gold_links)
    if (!l.source.empty() || !l.target.empty()) gold.insert(l);
  for (const IdLink& l : test_links)
    if (!l.source.empty() || !l.target.empty()) test.insert(l);
  std::unordered_map<std::size_t, std::set<std::size_t>> gold_targets_of_source;
  for (const IdLink& l : gold)
    for (std::size_t s : l.source) gold_targets_of_source[s].insert(l.target.begin(), l.target.end());
  Counts counts;
  for (const IdLink& l : test) {
    if (gold.count(l)) {
      ++counts.strict_true;
      ++counts.lax_true;
      continue;
    }
    ++counts.strict_false;
    bool overlap = false;
    for (std::size_t s : l.source) {
      const auto found = gold_targets_of_source.find(s);
      if (found == gold_targets_of_source.end()) continue;
      for (std::size_t t : l.target) overlap = overlap || found->second.count(t) > 0;
    }
    ++(overlap ? counts.lax_true : counts.lax_false);
  }
  return counts;
}

double ratio(std::size_t hit, std::size_t miss) {
  return hit + miss == 0 ? 0.0 : static_cast<double>(hit) / static_cast<double>(hit + miss);
}

double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

}  // namespace

std::string linkType(const IdLink& link) {
  if (link.source.size() > kMaxLinkSide || link.target.size() > kMaxLinkSide) return "other";
  return std::to_string(link.source.size()) + "-" + std::to_string(link.target.size());
}

void AlignmentScore::add(const std::vector<IdLink>& gold, const std::vector<IdLink>& predicted) {
  const Counts p = precisionCounts(gold, predicted);
  strict_true += p.strict_true;
  strict_false += p.strict_false;
  lax_true += p.lax_true;
  lax_false += p.lax_false;
  // Recall is precision with the roles swapped, links empty on either side left out on both sides.
  auto bothSides = [](const std::vector<IdLink>& links) {
    std::vector<IdLink> kept;
    for (const IdLink& l : links)
      if (!l.source.empty() && !l.target.empty()) kept.push_back(l);
    return kept;
  };
  const Counts r = precisionCounts(bothSides(predicted), bothSides(gold));
  recall_strict_true += r.strict_true;
  recall_strict_false += r.strict_false;
  recall_lax_true += r.lax_true;
  recall_lax_false += r.lax_false;

  const std::set<IdLink> gold_set(gold.begin(), gold.end()),
      predicted_set(predicted.begin(), predicted.end());
  for (const IdLink& l : gold_set) {
    auto& [count, found] = gold_by_type[linkType(l)];
    ++count;
    found += predicted_set.count(l);
  }
  for (const IdLink& l : predicted_set) {
    auto& [count, right] = predicted_by_type[linkType(l)];
    ++count;
    right += gold_set.count(l);
  }
}

void AlignmentScore::addConfident(const std::vector<IdLink>& gold, const std::vector<IdLink>& predicted,
                                  const std::vector<double>& confidences, double threshold) {
  const std::set<IdLink> gold_set(gold.begin(), gold.end());
  for (std::size_t k = 0; k < predicted.size() && k < confidences.size(); ++k) {
    if (confidences[k] < threshold) continue;
    auto& [count, right] = confident_by_type[linkType(predicted[k])];
    ++count;
    right += gold_set.count(predicted[k]);
  }
}

double AlignmentScore::strictPrecision() const { return ratio(strict_true, strict_false); }
double AlignmentScore::strictRecall() const { return ratio(recall_strict_true, recall_strict_false); }
double AlignmentScore::strictF1() const { return f1(strictPrecision(), strictRecall()); }
double AlignmentScore::laxPrecision() const { return ratio(lax_true, lax_false); }
double AlignmentScore::laxRecall() const { return ratio(recall_lax_true, recall_lax_false); }
double AlignmentScore::laxF1() const { return f1(laxPrecision(), laxRecall()); }

namespace {
// Right / all of one link type in a (all, right) count table; 0 when the type never occurs.
double rightShare(const std::map<std::string, std::pair<std::size_t, std::size_t>>& counts,
                  const std::string& type) {
  const auto found = counts.find(type);
  return found == counts.end() ? 0.0
                               : ratio(found->second.second, found->second.first - found->second.second);
}
}  // namespace

double AlignmentScore::typeRecall(const std::string& type) const { return rightShare(gold_by_type, type); }
double AlignmentScore::typePrecision(const std::string& type) const {
  return rightShare(predicted_by_type, type);
}
double AlignmentScore::confidentPrecision(const std::string& type) const {
  return rightShare(confident_by_type, type);
}

double AlignmentScore::confidentRecall(const std::string& type) const {
  const auto gold = gold_by_type.find(type);
  const auto found = confident_by_type.find(type);
  if (gold == gold_by_type.end() || found == confident_by_type.end()) return 0.0;
  return ratio(found->second.second, gold->second.first - found->second.second);
}

}  // namespace concord::aligners
