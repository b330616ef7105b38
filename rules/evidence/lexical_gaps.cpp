#include "rules/evidence/lexical_gaps.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "aligners/anchor_keys.h"
#include "checker/model/unicode_text.h"
#include "rules/evidence/sentence_overlaps.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

constexpr double kGapScore = -0.12;     // price of leaving a sentence alone
constexpr double kMergeScore = -0.08;   // price of a 2-1 or 1-2 step
constexpr double kLengthWeight = 0.25;  // weight of the length fit against the word overlap
constexpr std::size_t kBand = 12;       // how far from the diagonal a step may wander (sentences)

struct Step {
  std::size_t source = 0, target = 0;  // sentences consumed
};
constexpr Step kSteps[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};

}  // namespace

double tellingOverlap(const std::vector<Word>& sentence, const std::vector<Word>& other) {
  // Across scripts (a Ukrainian source, an English target) words meet by their romanized cognate key:
  // Харків and Kharkiv, Федоров and Fedorov; within one script, by inflection as the glossary matches.
  auto romanizedIn = [](const std::vector<Word>& words) {
    return std::any_of(words.begin(), words.end(), [](const Word& w) { return !w.romanized.empty(); });
  };
  const bool across_scripts = romanizedIn(sentence) != romanizedIn(other);
  auto romanizedOf = [](const Word& w) {
    return !w.romanized.empty() ? w.romanized : aligners::romanizedKey(w.surface);
  };
  std::vector<std::string> other_keys;
  if (across_scripts)
    for (const Word& o : other) other_keys.push_back(romanizedOf(o));

  std::size_t telling = 0, found = 0;
  for (const Word& w : sentence) {
    const bool numeric = !w.key.empty() && isDigit(codePointAt(w.key, 0));
    if (!numeric && w.length < 4) continue;
    ++telling;
    bool met = std::any_of(other.begin(), other.end(), [&](const Word& o) { return inflectionMatch(o, w); });
    if (!met && across_scripts && !numeric) {
      const std::string key = romanizedOf(w);
      met = std::any_of(other_keys.begin(), other_keys.end(),
                        [&](const std::string& o) { return romanizedMatch(key, o); });
    }
    if (met) ++found;
  }
  return telling == 0 ? 0.0 : static_cast<double>(found) / static_cast<double>(telling);
}

std::vector<LexicalGap> lexicalGaps(const AlignedPair& pair, Side side, const RatioModel* model) {
  const std::size_t n = pair.source.sentences().size(), m = pair.target.sentences().size();
  std::vector<std::vector<Word>> source_words(n), target_words(m);
  std::vector<double> source_length(n), target_length(m);
  for (std::size_t i = 0; i < n; ++i) {
    source_words[i] = wordsOf(pair.source, i, 1);
    source_length[i] = static_cast<double>(contentLength(pair.source, i, 1));
  }
  for (std::size_t j = 0; j < m; ++j) {
    target_words[j] = wordsOf(pair.target, j, 1);
    target_length[j] = static_cast<double>(contentLength(pair.target, j, 1));
  }
  SentenceOverlaps source_in_target(source_words, target_words), target_in_source(target_words, source_words);
  const auto similarity = [&](std::size_t i, std::size_t si, std::size_t j, std::size_t tj) {
    double score = (source_in_target.overlap(i, si, j, tj) + target_in_source.overlap(j, tj, i, si)) / 2;
    double ls = 0, lt = 0;
    for (std::size_t k = i; k < i + si; ++k) ls += source_length[k];
    for (std::size_t k = j; k < j + tj; ++k) lt += target_length[k];
    if (model && ls > 0 && lt > 0) {
      const double z = (std::log(lt / ls) - model->median) / model->spread;
      score += kLengthWeight * std::exp(-z * z / 8);
    }
    return score;
  };

  // Only the cells within the band around the diagonal are ever reached: keep those alone, row by row, so
  // memory and time grow with n × band, not n × m (10,000 short paragraphs took 900 MB here).
  const auto diagonal = [&](std::size_t i) {
    return n == 0 ? 0.0 : static_cast<double>(i) * static_cast<double>(m) / static_cast<double>(n);
  };
  const auto inBand = [&](std::size_t i, std::size_t j) {
    return std::abs(static_cast<double>(j) - diagonal(i)) <= static_cast<double>(kBand) + 2;
  };
  struct Row {
    std::size_t first = 1, last = 0;  // columns of the band on this row; first > last: none
    std::size_t offset = 0;           // of (i, first) in the cell arrays
  };
  std::vector<Row> rows(n + 1);
  std::size_t cells = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    const double centre = diagonal(i);
    const double reach = static_cast<double>(kBand) + 3;
    std::size_t j = centre > reach ? static_cast<std::size_t>(centre - reach) : 0;
    while (j <= m && !inBand(i, j)) ++j;
    Row& row = rows[i];
    row.offset = cells;
    for (row.first = j; j <= m && inBand(i, j); ++j) row.last = j;
    if (row.last < row.first) row.first = row.last + 1;
    cells += row.last + 1 - row.first;
  }
  const double kNone = -std::numeric_limits<double>::infinity();
  std::vector<double> best(cells, kNone);
  std::vector<unsigned char> back(cells, 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::optional<std::size_t> {
    const Row& row = rows[i];
    if (j < row.first || j > row.last) return std::nullopt;
    return row.offset + (j - row.first);
  };
  const auto bestAt = [&](std::size_t i, std::size_t j) {
    const auto cell = at(i, j);
    return cell ? best[*cell] : kNone;
  };
  if (const auto origin = at(0, 0)) best[*origin] = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = rows[i].first; j <= rows[i].last; ++j) {
      if (i == 0 && j == 0) continue;
      const std::size_t cell = *at(i, j);
      for (unsigned char k = 0; k < std::size(kSteps); ++k) {
        const Step step = kSteps[k];
        if (step.source > i || step.target > j) continue;
        const double before = bestAt(i - step.source, j - step.target);
        if (before == kNone) continue;
        double score = before;
        if (step.source == 0 || step.target == 0) {
          score += kGapScore;
        } else {
          score += similarity(i - step.source, step.source, j - step.target, step.target);
          if (step.source + step.target > 2) score += kMergeScore;
        }
        if (score > best[cell]) {
          best[cell] = score;
          back[cell] = k;
        }
      }
    }
  }
  if (bestAt(n, m) == kNone) return {};

  // Walk back, collecting the lone sentences of `side` and, for each, the partners of the neighbouring steps.
  struct Placed {
    std::size_t i, j;
    Step step;
  };
  std::vector<Placed> path;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const Step step = kSteps[back[*at(i, j)]];
    i -= step.source;
    j -= step.target;
    path.push_back({i, j, step});
  }
  std::reverse(path.begin(), path.end());

  std::vector<LexicalGap> gaps;
  for (std::size_t p = 0; p < path.size(); ++p) {
    const Placed& here = path[p];
    const bool lone = side == Side::source ? here.step.source == 1 && here.step.target == 0
                                           : here.step.target == 1 && here.step.source == 0;
    if (!lone) continue;
    LexicalGap gap;
    gap.sentence = side == Side::source ? here.i : here.j;
    // Evidence: the lone sentence shares (almost) nothing with the other side's sentences around its place,
    // while the neighbouring pairs do share words.
    SentenceOverlaps& own_in_other = side == Side::source ? source_in_target : target_in_source;
    const std::size_t other_size = side == Side::source ? m : n;
    const std::size_t place = side == Side::source ? here.j : here.i;
    double own = 0.0;
    for (std::size_t o = place > 2 ? place - 2 : 0; o < std::min(other_size, place + 2); ++o)
      own = std::max(own, own_in_other.overlap(gap.sentence, 1, o, 1));
    double neighbours = 0.0;
    for (std::size_t q = p > 0 ? p - 1 : 0; q <= p + 1 && q < path.size(); ++q) {
      const Placed& near = path[q];
      if (near.step.source == 0 || near.step.target == 0) continue;
      neighbours = std::max(neighbours,
                            (source_in_target.overlap(near.i, near.step.source, near.j, near.step.target) +
                             target_in_source.overlap(near.j, near.step.target, near.i, near.step.source)) /
                                2);
    }
    gap.confidence = own <= 0.15 && neighbours >= own + 0.15 ? 0.75 : 0.4;
    gaps.push_back(gap);
  }
  return gaps;
}

}  // namespace concord::rules
