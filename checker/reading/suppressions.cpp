#include "checker/reading/suppressions.h"

#include <algorithm>
#include <array>
#include <utility>

#include "checker/reading/html_article.h"
#include "checker/reading/markup.h"
#include "checker/reading/xliff_suppressions.h"

namespace concord {
namespace {

using Kind = SuppressionDirective::Kind;

constexpr std::string_view kPrefix = "concord-";
constexpr std::array<std::pair<std::string_view, Kind>, 4> kKinds = {{
    {"concord-disable-next-line", Kind::disable_next_line},
    {"concord-disable-line", Kind::disable_line},
    {"concord-disable", Kind::disable},
    {"concord-enable", Kind::enable},
}};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<SuppressionDirective> parseDirective(std::string_view body, TextRange comment) {
  body = trim(body);
  if (!body.starts_with(kPrefix)) return std::nullopt;
  if (const auto reason = body.find(" --"); reason != std::string_view::npos) body = body.substr(0, reason);
  const auto name_end = std::find_if(body.begin(), body.end(), isSpace) - body.begin();
  SuppressionDirective directive;
  directive.name = std::string(body.substr(0, static_cast<std::size_t>(name_end)));
  directive.comment = comment;
  for (const auto& [name, kind] : kKinds)
    if (directive.name == name) directive.kind = kind;
  std::string_view rest = body.substr(static_cast<std::size_t>(name_end));
  while (!rest.empty()) {
    const auto start = rest.find_first_not_of(" \t\r\n,");
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    const auto stop = rest.find_first_of(" \t\r\n,");
    directive.rules.emplace_back(rest.substr(0, stop));
    rest.remove_prefix(stop == std::string_view::npos ? rest.size() : stop);
  }
  return directive;
}

namespace {

// [start of `first` line, start of the line after `last`), 1-based lines.
TextRange lines(const Document& doc, std::size_t first, std::size_t last) {
  const LineIndex& index = doc.lines();
  const std::size_t end = last < index.lineCount() ? index.lineStart(last + 1) : doc.original().size();
  return {first <= index.lineCount() ? index.lineStart(first) : doc.original().size(), end};
}

// The first block of article text that starts at or after `offset` (an HTML page's "next line").
TextRange nextBlock(const Document& doc, std::size_t offset) {
  for (const Paragraph& paragraph : doc.paragraphs())
    if (paragraph.range.begin >= offset) return paragraph.range;
  return {doc.original().size(), doc.original().size()};
}

bool names(const std::vector<std::string>& entries, const std::string& rule) {
  return std::find(entries.begin(), entries.end(), rule) != entries.end();
}

// The disable/enable pairs, in document order: an enable closes what it names of the open regions; an
// all-rules region it names a rule of goes on for every other rule.
void regionsOfBlocks(Suppressions& out, std::size_t end_of_text) {
  std::vector<SuppressedRegion> open;
  out.enable_closed_something.assign(out.directives.size(), false);
  for (std::size_t d = 0; d < out.directives.size(); ++d) {
    const SuppressionDirective& directive = out.directives[d];
    if (directive.kind == Kind::disable) {
      open.push_back({d, {directive.comment.end, end_of_text}, directive.rules, {}});
      continue;
    }
    if (directive.kind != Kind::enable) continue;
    std::vector<SuppressedRegion> still_open;
    for (SuppressedRegion& region : open) {
      SuppressedRegion rest = region;
      rest.range.begin = directive.comment.end;
      bool closes = directive.rules.empty();
      if (!closes && region.rules.empty()) {
        for (const std::string& rule : directive.rules) rest.except.push_back(rule);
        closes = true;
      } else if (!closes) {
        std::erase_if(rest.rules, [&](const std::string& rule) { return names(directive.rules, rule); });
        closes = rest.rules.size() != region.rules.size();
      }
      if (!closes) {
        still_open.push_back(region);
        continue;
      }
      out.enable_closed_something[d] = true;
      region.range.end = directive.comment.begin;
      out.regions.push_back(region);
      if (!directive.rules.empty() && (region.rules.empty() || !rest.rules.empty()))
        still_open.push_back(std::move(rest));
    }
    open = std::move(still_open);
  }
  for (SuppressedRegion& region : open) out.regions.push_back(std::move(region));
}

}  // namespace

bool ruleEntryCovers(std::string_view entry, std::string_view rule_id) {
  if (entry == rule_id) return true;
  if (entry.ends_with("/*")) entry.remove_suffix(2);
  return entry.find('/') == std::string_view::npos && rule_id.size() > entry.size() &&
         rule_id.starts_with(entry) && rule_id[entry.size()] == '/';
}

const SuppressedRegion* Suppressions::hiding(const std::string& rule_id, std::size_t offset) const {
  for (const SuppressedRegion& region : regions) {
    if (offset < region.range.begin || offset >= region.range.end) continue;
    auto covers = [&](const std::string& entry) { return ruleEntryCovers(entry, rule_id); };
    if (std::any_of(region.except.begin(), region.except.end(), covers)) continue;
    if (region.rules.empty() || std::any_of(region.rules.begin(), region.rules.end(), covers)) return &region;
  }
  return nullptr;
}

bool sharesDirectives(const Document& source, const Document& target) {
  return source.path() == target.path() && source.original() == target.original();
}

Suppressions readSuppressions(const Document& doc) {
  Suppressions out;
  const bool markdown = doc.fileFormat() == FileFormat::markdown;
  const bool html = doc.fileFormat() == FileFormat::html;
  if (!markdown && !html) return doc.fileFormat() == FileFormat::xliff ? readXliffNoteSuppressions(doc) : out;
  std::vector<TextRange> comments;
  if (markdown)
    maskMarkup(doc.original(), doc.format(), &comments);
  else
    comments = htmlComments(doc.original());
  const std::string& bytes = doc.original();
  for (const TextRange& comment : comments) {
    const bool closed = bytes.compare(comment.end - 3, 3, "-->") == 0 && comment.size() >= 7;
    const std::string_view body =
        std::string_view(bytes).substr(comment.begin + 4, comment.size() - 4 - (closed ? 3 : 0));
    if (auto directive = parseDirective(body, comment)) out.directives.push_back(std::move(*directive));
  }
  for (std::size_t d = 0; d < out.directives.size(); ++d) {
    const SuppressionDirective& directive = out.directives[d];
    const std::size_t first = doc.lines().at(directive.comment.begin).line;
    const std::size_t last = doc.lines().at(directive.comment.end - 1).line;
    if (directive.kind == Kind::disable_next_line)
      out.regions.push_back({d,
                             html ? nextBlock(doc, directive.comment.end) : lines(doc, last + 1, last + 1),
                             directive.rules,
                             {}});
    else if (directive.kind == Kind::disable_line)
      out.regions.push_back({d, lines(doc, first, last), directive.rules, {}});
  }
  regionsOfBlocks(out, bytes.size());
  return out;
}

}  // namespace concord
