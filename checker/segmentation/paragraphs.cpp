#include "checker/segmentation/paragraphs.h"

#include <algorithm>
#include <string>

#include "checker/model/current_deadline.h"
#include "checker/model/unicode_text.h"

namespace concord {
namespace {

struct Line {
  TextRange range;  // trimmed
  bool blank = true;
  bool markdown_block = false;  // heading or list item: never joined with its neighbours
  bool heading = false;
};

// A line "ends a sentence" when its last visible character is terminal punctuation or a closing
// quote/bracket.
bool endsSentence(std::string_view text, const Line& line) {
  if (line.blank) return false;
  const char32_t last = codePointBefore(text, line.range.end);
  switch (last) {
    case U'.':
    case U'!':
    case U'?':
    case U'…':
    case U':':
    case U';':
    case U'"':
    case U'\'':
    case U'»':
    case U'”':
    case U'“':
    case U'’':
    case U')':
    case U']':
      return true;
    default:
      return false;
  }
}

std::vector<Line> scanLines(const Document& doc) {
  const std::string& text = doc.text();
  const std::string& original = doc.original();
  std::vector<Line> lines;
  DeadlinePoll poll;
  std::size_t start = 0;
  while (start <= text.size()) {
    poll.tick();
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    Line line;
    line.range = trimWhiteSpace(text, {start, end});
    line.blank = line.range.empty();
    if (doc.format() == TextFormat::markdown && !line.blank) {
      const auto first = original.find_first_not_of(" >", start);
      if (first < end) {
        const char c = original[first];
        line.heading = c == '#';
        line.markdown_block = line.heading ||
                              ((c == '-' || c == '*' || c == '+') && original[first + 1] == ' ') ||
                              (std::isdigit(static_cast<unsigned char>(c)) != 0);
      }
    }
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace

std::vector<Paragraph> splitParagraphs(const Document& doc) {
  const std::string& text = doc.text();
  const std::vector<Line> lines = scanLines(doc);
  std::vector<Paragraph> paragraphs;
  auto emit = [&](TextRange range, bool heading) {
    if (!range.empty()) paragraphs.push_back({range, 0, 0, heading});
  };

  std::size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < lines.size() && !lines[j].blank) ++j;
    // Lines i..j-1 form a block. Decide: one paragraph, or one per line.
    // Hard-wrapped lines rarely end a sentence; one-paragraph-per-line copy mostly does. The block's last
    // line ends one either way, so only the others are counted.
    std::size_t ending = 0;
    for (std::size_t k = i; k + 1 < j; ++k) ending += endsSentence(text, lines[k]) ? 1 : 0;
    const std::size_t inner = j - i - 1;
    const bool per_line = inner > 0 && ending * 2 > inner;
    std::size_t block_start = i;
    for (std::size_t k = i; k < j; ++k) {
      const bool split_here =
          per_line || lines[k].markdown_block || (k + 1 < j && lines[k + 1].markdown_block);
      if (split_here || k + 1 == j) {
        emit({lines[block_start].range.begin, lines[k].range.end}, lines[block_start].heading);
        block_start = k + 1;
      }
    }
    i = j;
  }

  markHeadline(text, paragraphs);
  return paragraphs;
}

std::vector<Paragraph> newsParagraphs(const Document& doc, std::vector<Paragraph> blocks,
                                      const std::vector<TextRange>& wire_copy) {
  for (const TextRange field : wire_copy) {
    std::string alone(doc.text().size(), ' ');  // the field's text only, at its place
    std::copy(doc.text().begin() + static_cast<std::ptrdiff_t>(field.begin),
              doc.text().begin() + static_cast<std::ptrdiff_t>(field.end),
              alone.begin() + static_cast<std::ptrdiff_t>(field.begin));
    const Document view(doc.path(), alone, alone, doc.lang(), doc.fileFormat());
    for (Paragraph paragraph : splitParagraphs(view)) {
      paragraph.heading = false;  // the file says which text is a headline
      blocks.push_back(paragraph);
    }
  }
  std::sort(blocks.begin(), blocks.end(),
            [](const Paragraph& a, const Paragraph& b) { return a.range.begin < b.range.begin; });
  markHeadline(doc.text(), blocks);
  return blocks;
}

void markHeadline(std::string_view text, std::vector<Paragraph>& paragraphs) {
  if (paragraphs.empty() || paragraphs.front().heading) return;
  Line first;
  first.range = paragraphs.front().range;
  first.blank = false;
  if (!endsSentence(text, first)) paragraphs.front().heading = true;
}

}  // namespace concord
