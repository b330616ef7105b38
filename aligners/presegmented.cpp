#include "aligners/presegmented.h"

namespace concord::aligners {

void segmentPresegmented(Document& doc, const Segmenter& segmenter) {
  const std::string& text = doc.text();
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  bool open = false;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    // Trim the line (CR and markup are already blanked to spaces in text()).
    std::size_t b = start, e = end;
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    if (b == e) {
      open = false;  // a blank line ends the paragraph
    } else {
      if (!open) {
        paragraphs.push_back({{b, e}, sentences.size(), 0, false});
        open = true;
      }
      const TextRange range{b, e};
      sentences.push_back({range, paragraphs.size() - 1, segmenter.tokens(text, range)});
      paragraphs.back().range.end = e;
      ++paragraphs.back().sentence_count;
    }
    start = end + 1;
  }
  doc.setSegmentation(std::move(paragraphs), std::move(sentences));
}

}  // namespace concord::aligners
