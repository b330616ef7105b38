#include "aligners/link_format.h"

#include <charconv>
#include <iomanip>

#include "checker/model/error.h"

namespace concord::aligners {
namespace {

std::string idList(const std::vector<std::size_t>& ids) {
  std::string out = "[";
  for (std::size_t k = 0; k < ids.size(); ++k) out += (k ? ", " : "") + std::to_string(ids[k]);
  return out + "]";
}

// Parses "[1, 2]" at `pos`, advancing it; returns false on a syntax error.
bool parseIdList(std::string_view line, std::size_t& pos, std::vector<std::size_t>& ids) {
  auto skipSpaces = [&] {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  };
  skipSpaces();
  if (pos >= line.size() || line[pos] != '[') return false;
  ++pos;
  skipSpaces();
  if (pos < line.size() && line[pos] == ']') return ++pos, true;
  while (true) {
    skipSpaces();
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(line.data() + pos, line.data() + line.size(), value);
    if (ec != std::errc()) return false;
    ids.push_back(value);
    pos = static_cast<std::size_t>(end - line.data());
    skipSpaces();
    if (pos >= line.size()) return false;
    if (line[pos] == ']') return ++pos, true;
    if (line[pos] != ',') return false;
    ++pos;
  }
}

// A moved sentence is one link, written where the first of its two halves stands: the second half is skipped.
bool secondHalfOfMove(const Link& link, std::size_t index) {
  return link.moved_partner && *link.moved_partner < index;
}

}  // namespace

std::vector<double> idLinkConfidences(const Alignment& alignment) {
  std::vector<double> confidences;
  const auto& all = alignment.links();
  for (std::size_t l = 0; l < all.size(); ++l)
    if (!secondHalfOfMove(all[l], l)) confidences.push_back(all[l].confidence);
  return confidences;
}

std::vector<IdLink> toIdLinks(const Alignment& alignment) {
  std::vector<IdLink> links;
  const auto& all = alignment.links();
  for (std::size_t l = 0; l < all.size(); ++l) {
    const Link& link = all[l];
    if (secondHalfOfMove(link, l)) continue;
    const Link* partner = alignment.movedPartner(link);
    IdLink ids;
    for (const Link* part : {&link, partner}) {
      if (part == nullptr) continue;
      for (std::size_t s = part->source_begin; s < part->source_end(); ++s) ids.source.push_back(s);
      for (std::size_t t = part->target_begin; t < part->target_end(); ++t) ids.target.push_back(t);
    }
    links.push_back(std::move(ids));
  }
  return links;
}

std::string formatIdLink(const IdLink& link) { return idList(link.source) + ":" + idList(link.target); }

std::vector<IdLink> parseIdLinks(std::string_view text, std::string_view path) {
  std::vector<IdLink> links;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    IdLink link;
    std::size_t pos = 0;
    const bool ok = parseIdList(line, pos, link.source) && pos < line.size() && line[pos++] == ':' &&
                    parseIdList(line, pos, link.target);
    if (!ok)
      throw UserError(path, line_number, "expected a link like [0]:[0, 1], got '" + std::string(line) + "'");
    links.push_back(std::move(link));
  }
  return links;
}

void writeLadder(const Alignment& alignment, std::ostream& out) {
  for (const Link& link : alignment.links()) {
    out << link.source_begin << '\t' << link.target_begin << '\t' << std::fixed << std::setprecision(3)
        << link.confidence << '\n';
  }
}

}  // namespace concord::aligners
