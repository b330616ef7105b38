#include "checker/output/text_reporter.h"

#include <algorithm>

#include "checker/model/location.h"
#include "checker/model/unicode_text.h"
#include "checker/output/display_width.h"
#include "checker/output/visible_text.h"

namespace concord {
namespace {

struct Palette {
  std::string_view bold, red, yellow, cyan, green, dim, reset;
};

Palette palette(bool color) {
  if (!color) return {};
  return {"\x1b[1m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[1;36m", "\x1b[32m", "\x1b[2m", "\x1b[0m"};
}

// A line is shown whole up to this many characters either side of the finding (and of the finding itself);
// beyond, it is cut with "…". Paragraphs of a story fit; a 5 MB single-line article does not print
// megabytes per finding.
constexpr std::size_t kExcerptContext = 500;

// `offset` moved by up to `count` code points of `text`, forwards or backwards.
std::size_t stepCodePoints(std::string_view text, std::size_t offset, std::size_t count, bool forwards) {
  for (; count > 0 && (forwards ? offset < text.size() : offset > 0); --count) {
    std::size_t len = 0;
    forwards ? codePointAt(text, offset, &len) : codePointBefore(text, offset, &len);
    len = std::max<std::size_t>(len, 1);
    offset = forwards ? offset + len : offset - len;
  }
  return offset;
}

void writeExcerpt(const Document& doc, TextRange range, std::ostream& out, const Palette& c) {
  const LineColumn start = doc.lines().at(range.begin);
  const std::string_view line = doc.lines().lineText(start.line);
  const std::size_t line_start = doc.lines().lineStart(start.line);
  const std::size_t begin = std::min(range.begin - line_start, line.size());
  const std::size_t end =
      std::min({range.end - line_start, line.size(), stepCodePoints(line, begin, kExcerptContext, true)});
  const std::size_t shown_begin = stepCodePoints(line, begin, kExcerptContext, false);
  const std::size_t shown_end = stepCodePoints(line, end, kExcerptContext, true);
  const std::string_view cut = "…";
  // Widths of the text as printed, so the caret stays under the word when controls are shown as pictures.
  out << "  " << (shown_begin > 0 ? cut : "")
      << visibleControls(line.substr(shown_begin, shown_end - shown_begin))
      << (shown_end < line.size() ? cut : "") << '\n';
  const std::size_t indent = (shown_begin > 0 ? 1 : 0) +
                             displayWidth(visibleControls(line.substr(shown_begin, begin - shown_begin)));
  out << "  " << std::string(indent, ' ') << c.green << '^'
      << std::string(end > begin ? displayWidth(visibleControls(line.substr(begin, end - begin))) - 1 : 0,
                     '~')
      << c.reset << '\n';
}

}  // namespace

void writeText(const CheckResult& result, std::ostream& out, const TextReportOptions& options) {
  std::vector<const Finding*> all;
  for (const Finding& f : result.findings) all.push_back(&f);
  writeTextFindings(result, all, out, options);
}

void writeTextFindings(const CheckResult& result, const std::vector<const Finding*>& findings,
                       std::ostream& out, const TextReportOptions& options) {
  const Palette c = palette(options.color);
  std::size_t errors = 0, warnings = 0, infos = 0;
  for (const std::string& note : result.notes)
    out << c.dim << "note: " << visibleControls(note) << c.reset << '\n';
  for (const Finding* finding : findings) {
    const Finding& f = *finding;
    const Document& doc = f.primary == Side::target ? *result.target : *result.source;
    const TextRange range = f.primaryRange();
    const LineColumn at = doc.lines().at(range.begin);
    const std::string_view severity = severityName(f.severity);
    const std::string_view colour = f.severity == Severity::error     ? c.red
                                    : f.severity == Severity::warning ? c.yellow
                                                                      : c.cyan;
    out << c.bold << visibleControls(doc.path()) << ':' << at.line << ':' << at.column << ":" << c.reset
        << ' ' << colour << severity << ':' << c.reset << ' ' << c.bold << visibleControls(f.message)
        << c.reset << " [" << f.rule_id << "]\n";
    writeExcerpt(doc, range, out, c);
    if (f.suggestion)
      out << "  " << c.green << "suggestion: " << visibleControls(*f.suggestion) << c.reset << '\n';
    const auto& other_range = f.primary == Side::target ? f.source : f.target;
    const Document& other = f.primary == Side::target ? *result.source : *result.target;
    if (options.show_source && other_range) {
      const LineColumn other_at = other.lines().at(other_range->begin);
      out << "  " << c.dim << (f.primary == Side::target ? "source " : "target ")
          << visibleControls(other.path()) << ':' << other_at.line << ": "
          << visibleControls(other_range->in(other.original())) << c.reset << '\n';
    }
    for (const Note& note : f.notes) {
      const Document& nd = note.side == Side::target ? *result.target : *result.source;
      const LineColumn nat = nd.lines().at(note.range.begin);
      out << "  " << c.dim << "note: " << visibleControls(nd.path()) << ':' << nat.line << ':' << nat.column
          << ": " << visibleControls(note.message) << c.reset << '\n';
    }
    (f.severity == Severity::error ? errors : f.severity == Severity::warning ? warnings : infos)++;
  }
  out << visibleControls(result.target->path()) << ": " << errors << (errors == 1 ? " error, " : " errors, ")
      << warnings << (warnings == 1 ? " warning, " : " warnings, ") << infos
      << (infos == 1 ? " info" : " infos") << '\n';
}

}  // namespace concord
