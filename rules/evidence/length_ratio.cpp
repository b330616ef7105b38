#include "rules/evidence/length_ratio.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

constexpr double kMinSpread = 0.12;  // ±12 % is ordinary variation even when an article agrees closely

double median(std::vector<double> values) {
  const std::size_t mid = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
  double result = values[mid];
  if (values.size() % 2 == 0) {
    result =
        (result + *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid))) / 2;
  }
  return result;
}

}  // namespace

std::size_t contentLength(const Document& doc, std::size_t first, std::size_t count) {
  std::size_t length = 0;
  for (std::size_t s = first; s < first + count; ++s) {
    const std::string_view text = doc.sentenceText(s);
    for (std::size_t at = 0; at < text.size();) {
      std::size_t len = 0;
      const char32_t cp = codePointAt(text, at, &len);
      if (isLetter(cp) || isDigit(cp)) ++length;
      at += std::max<std::size_t>(len, 1);
    }
  }
  return length;
}

std::optional<double> logLengthRatio(const AlignedPair& pair, const Link& link) {
  const std::size_t source = contentLength(pair.source, link.source_begin, link.source_count);
  const std::size_t target = contentLength(pair.target, link.target_begin, link.target_count);
  if (source == 0 || target == 0) return std::nullopt;
  return std::log(static_cast<double>(target) / static_cast<double>(source));
}

std::optional<RatioModel> ratioModel(const AlignedPair& pair, std::size_t min_samples) {
  std::vector<double> ratios;
  for (const Link& link : pair.alignment.links()) {
    if (link.source_count != 1 || link.target_count != 1) continue;
    if (contentLength(pair.source, link.source_begin, 1) < kMinJudgedLength / 2) continue;
    if (const auto ratio = logLengthRatio(pair, link)) ratios.push_back(*ratio);
  }
  if (ratios.size() < min_samples) return std::nullopt;
  RatioModel model;
  model.samples = ratios.size();
  model.median = median(ratios);
  std::vector<double> deviations;
  for (double r : ratios) deviations.push_back(std::abs(r - model.median));
  model.spread = std::max(kMinSpread, 1.4826 * median(deviations));
  return model;
}

}  // namespace concord::rules
