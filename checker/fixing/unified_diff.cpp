#include "checker/fixing/unified_diff.h"

#include <algorithm>

#include "checker/model/line_index.h"

namespace concord {
namespace {

constexpr std::size_t kContext = 3;

// Lines with their line ends, as diff compares them (LF, CRLF or a lone CR ends one).
std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!LineIndex::endsLine(text, i)) continue;
    lines.push_back(text.substr(start, i + 1 - start));
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

// A run of old lines [first, last) that the edits change, and what they become.
struct Change {
  std::size_t first = 0;
  std::size_t last = 0;
  std::vector<std::string> replacement;
};

std::size_t lineOf(const std::vector<std::size_t>& starts, std::size_t offset) {
  return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) -
         1;
}

std::vector<Change> changes(std::string_view original, const std::vector<std::string_view>& lines,
                            const std::vector<Edit>& edits) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0, at = 0; i < lines.size(); at += lines[i].size(), ++i) starts.push_back(at);
  starts.push_back(original.size());
  std::vector<Change> out;
  std::vector<Edit> group;
  auto flush = [&] {
    if (group.empty()) return;
    Change& change = out.back();
    const std::size_t begin = starts[change.first];
    std::vector<Edit> local = group;
    for (Edit& edit : local) edit.range = {edit.range.begin - begin, edit.range.end - begin};
    const std::string fixed = applyEdits(original.substr(begin, starts[change.last] - begin), local);
    for (std::string_view line : splitLines(fixed)) change.replacement.emplace_back(line);
    group.clear();
  };
  for (const Edit& edit : edits) {
    // An insertion at the very end belongs to the last line.
    const std::size_t first = std::min(lineOf(starts, edit.range.begin), lines.size() - 1);
    const std::size_t last_byte = edit.range.empty() ? edit.range.begin : edit.range.end - 1;
    const std::size_t last = std::max(first, std::min(lineOf(starts, last_byte), lines.size() - 1)) + 1;
    if (!out.empty() && first <= out.back().last) {  // adjacent lines: one block, as diff prints it
      out.back().last = std::max(out.back().last, last);
    } else {
      flush();
      out.push_back({first, last, {}});
    }
    group.push_back(edit);
  }
  flush();
  return out;
}

void emitLine(std::string& out, char mark, std::string_view line) {
  out += mark;
  out.append(line);
  if (line.empty() || !LineIndex::endsLine(line, line.size() - 1)) out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unifiedDiff(std::string_view original, const std::vector<Edit>& edits, const std::string& path) {
  if (edits.empty() || original.empty()) return {};  // no rule suggests text for an empty article
  const std::vector<std::string_view> lines = splitLines(original);
  const std::vector<Change> all = changes(original, lines, edits);
  // Built with append: gcc 12 reports a false -Wrestrict on chains of operator+.
  std::string out;
  out.append("--- ").append(path).append("\n+++ ").append(path).append("\n");
  long shift = 0;  // new line number minus old line number, before the hunk
  for (std::size_t i = 0; i < all.size();) {
    // A hunk takes in every change whose context touches the previous one's.
    std::size_t j = i + 1;
    while (j < all.size() && all[j].first - all[j - 1].last <= 2 * kContext) ++j;
    const std::size_t begin = all[i].first > kContext ? all[i].first - kContext : 0;
    const std::size_t end = std::min(lines.size(), all[j - 1].last + kContext);
    std::string body;
    std::size_t old_count = 0;
    std::size_t new_count = 0;
    std::size_t at = begin;
    long hunk_shift = shift;
    for (std::size_t k = i; k < j; ++k) {
      for (; at < all[k].first; ++at, ++old_count, ++new_count) emitLine(body, ' ', lines[at]);
      for (; at < all[k].last; ++at, ++old_count) emitLine(body, '-', lines[at]);
      for (const std::string& line : all[k].replacement) emitLine(body, '+', line);
      new_count += all[k].replacement.size();
      shift += static_cast<long>(all[k].replacement.size()) - static_cast<long>(all[k].last - all[k].first);
    }
    for (; at < end; ++at, ++old_count, ++new_count) emitLine(body, ' ', lines[at]);
    const auto range = [](std::size_t first, std::size_t count) {
      std::string text = std::to_string(count == 0 ? first : first + 1);
      if (count != 1) text.append(",").append(std::to_string(count));
      return text;
    };
    out.append("@@ -").append(range(begin, old_count)).append(" +");
    out.append(range(static_cast<std::size_t>(static_cast<long>(begin) + hunk_shift), new_count));
    out.append(" @@\n").append(body);
    i = j;
  }
  return out;
}

}  // namespace concord
