#include "aligners/length_aligner.h"

#include "aligners/gale_church.h"
#include "checker/model/unicode_text.h"

namespace concord::aligners {
namespace {

double characters(const Document& doc, TextRange range) {
  return static_cast<double>(codePointCount(doc.textOf(range)));
}

std::vector<double> sentenceLengths(const Document& doc, std::size_t begin, std::size_t end) {
  std::vector<double> lengths;
  for (std::size_t s = begin; s < end; ++s) lengths.push_back(characters(doc, doc.sentences()[s].range));
  return lengths;
}

}  // namespace

Alignment LengthAligner::align(const Document& source, const Document& target) const {
  std::vector<double> source_paragraphs, target_paragraphs;
  double source_total = 0, target_total = 0;
  for (const Paragraph& p : source.paragraphs()) source_paragraphs.push_back(characters(source, p.range));
  for (const Paragraph& p : target.paragraphs()) target_paragraphs.push_back(characters(target, p.range));
  for (double l : source_paragraphs) source_total += l;
  for (double l : target_paragraphs) target_total += l;
  LengthModel model;
  if (source_total > 0 && target_total > 0) model.ratio = target_total / source_total;

  std::vector<Link> links;
  std::size_t sp = 0, tp = 0;
  for (const LengthStep& group : alignLengths(source_paragraphs, target_paragraphs, model)) {
    // Sentence range covered by this group of paragraphs on each side.
    auto sentenceSpan = [](const Document& doc, std::size_t first, std::size_t count) {
      if (count == 0) {
        const std::size_t at =
            first < doc.paragraphs().size() ? doc.paragraphs()[first].first_sentence : doc.sentences().size();
        return std::pair{at, at};
      }
      const Paragraph& last = doc.paragraphs()[first + count - 1];
      return std::pair{doc.paragraphs()[first].first_sentence, last.first_sentence + last.sentence_count};
    };
    const auto [s_begin, s_end] = sentenceSpan(source, sp, group.source_count);
    const auto [t_begin, t_end] = sentenceSpan(target, tp, group.target_count);
    std::size_t s = s_begin, t = t_begin;
    for (const LengthStep& step : alignLengths(sentenceLengths(source, s_begin, s_end),
                                               sentenceLengths(target, t_begin, t_end), model)) {
      // A sentence link inside an uncertain paragraph link is no surer than the paragraph link.
      const double confidence = std::min(step.confidence, std::max(group.confidence, 0.5));
      links.push_back({s, step.source_count, t, step.target_count, confidence, step.cost, std::nullopt});
      s += step.source_count;
      t += step.target_count;
    }
    sp += group.source_count;
    tp += group.target_count;
  }
  return Alignment(std::move(links), source.sentences().size(), target.sentences().size());
}

}  // namespace concord::aligners
