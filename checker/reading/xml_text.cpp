#include "checker/reading/xml_text.h"

#include <algorithm>
#include <array>

#include "checker/model/error.h"
#include "checker/model/line_index.h"
#include "checker/model/unicode_text.h"

namespace concord {
namespace {

// Inline elements whose content is the original format's code, not text a translator wrote (XLIFF 1.2
// <ph>/<bpt>/<ept>/<it>, TMX the same plus <ut>; <sub> is a sub-flow inside such code).
constexpr std::array<std::string_view, 6> kCodeElements{"ph", "bpt", "ept", "it", "ut", "sub"};

bool isCode(const pugi::xml_node& node) {
  return std::find(kCodeElements.begin(), kCodeElements.end(), localName(node)) != kCodeElements.end();
}

[[noreturn]] void refuse(const std::string& path, std::string_view bytes, std::ptrdiff_t offset,
                         const std::string& message) {
  const LineColumn at = LineIndex(bytes).at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)));
  throw UserError(path, at.line, at.column, message);
}

void revealInto(MaskedText& mask, const pugi::xml_node& node, std::string_view bytes, TextRange& written) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_element) {
      if (!isCode(child)) revealInto(mask, child, bytes, written);
      continue;
    }
    if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata) continue;
    const std::ptrdiff_t offset = child.offset_debug();
    if (offset < 0) continue;
    const auto begin = static_cast<std::size_t>(offset);
    // Character data runs to the next tag; a CDATA section to its "]]>".
    std::size_t end = child.type() == pugi::node_cdata ? bytes.find("]]>", begin) : bytes.find('<', begin);
    if (end == std::string_view::npos) end = bytes.size();
    const EscapeSyntax syntax = child.type() == pugi::node_cdata ? EscapeSyntax::none : EscapeSyntax::xml;
    const TextRange range = mask.reveal(begin, bytes.substr(begin, end - begin), child.value(), syntax).range;
    if (range.empty()) continue;
    if (written.empty()) written = range;
    written.begin = std::min(written.begin, range.begin);
    written.end = std::max(written.end, range.end);
  }
}

}  // namespace

void parseXml(pugi::xml_document& doc, const std::string& path, std::string_view bytes, bool every_node) {
  // parse_doctype keeps the DTD as a node to look at; pugixml itself never interprets it.
  const unsigned options = pugi::parse_default | pugi::parse_doctype |
                           (every_node ? pugi::parse_comments | pugi::parse_pi | pugi::parse_ws_pcdata : 0U);
  const pugi::xml_parse_result parsed =
      doc.load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_utf8);
  if (!parsed) refuse(path, bytes, parsed.offset, std::string("malformed XML: ") + parsed.description());
  for (const pugi::xml_node& node : doc.children()) {
    if (node.type() != pugi::node_doctype) continue;
    const std::string_view dtd = node.value();
    if (dtd.find("<!ENTITY") != std::string_view::npos || dtd.find("SYSTEM") != std::string_view::npos ||
        dtd.find("PUBLIC") != std::string_view::npos) {
      refuse(path, bytes, node.offset_debug(),
             "the document type declaration declares entities or an external DTD, which Concord never reads "
             "(XLIFF and TMX need none)");
    }
  }
}

std::optional<std::size_t> nodeStart(const pugi::xml_node& node) {
  const std::ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return std::nullopt;
  // offset_debug points past the markup that opens the node: "<" name, "<?" name, "<!--", "<![CDATA[".
  std::ptrdiff_t opening = 0;
  switch (node.type()) {
    case pugi::node_element:
      opening = 1;
      break;
    case pugi::node_pi:
    case pugi::node_declaration:
      opening = 2;
      break;
    case pugi::node_comment:
      opening = 4;
      break;
    case pugi::node_cdata:
      opening = 9;
      break;
    case pugi::node_pcdata:
      break;
    default:
      return std::nullopt;
  }
  if (offset < opening) return std::nullopt;
  return static_cast<std::size_t>(offset - opening);
}

std::optional<std::size_t> nodeEnd(const pugi::xml_node& node, std::string_view bytes) {
  if (const pugi::xml_node next = node.next_sibling()) return nodeStart(next);
  const pugi::xml_node parent = node.parent();
  if (!parent || parent.type() == pugi::node_document) {  // the root: only white space follows it
    const auto last = bytes.find_last_of('>');
    return last == std::string_view::npos ? std::nullopt : std::optional(last + 1);
  }
  // The last child ends where its parent's end tag starts: "</" is the only '<' in that tag.
  const std::optional<std::size_t> parent_end = nodeEnd(parent, bytes);
  if (!parent_end || *parent_end == 0) return std::nullopt;
  const auto end_tag = bytes.rfind("</", *parent_end - 1);
  return end_tag == std::string_view::npos ? std::nullopt : std::optional(end_tag);
}

std::string_view localName(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node childNamed(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_element && localName(child) == name) return child;
  }
  return {};
}

TextRange revealElementText(MaskedText& mask, const pugi::xml_node& element, std::string_view bytes) {
  TextRange written{static_cast<std::size_t>(std::max<std::ptrdiff_t>(element.offset_debug(), 0)), 0};
  written.end = written.begin;
  revealInto(mask, element, bytes, written);
  return trimWhiteSpace(mask.text(), written);
}

}  // namespace concord
