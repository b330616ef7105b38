#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "checker/reading/masked_text.h"

namespace concord {

/// Parses `bytes` into `doc` with pugixml, which never reads a DTD, fetches nothing and expands no entity a
/// DTD declares. A document whose DTD declares entities is refused all the same (a billion-laughs document
/// or an external entity must not pass for text). Throws UserError "path:line:col: …" on malformed XML.
/// `every_node` keeps comments, processing instructions and white-space-only text as nodes too, so that
/// nodeStart/nodeEnd can tell where each element ends (the XLIFF writer needs it; the readers do not).
void parseXml(pugi::xml_document& doc, const std::string& path, std::string_view bytes,
              bool every_node = false);

/// Where `node` starts in the parsed bytes (its '<', or the first character of its text); nullopt when
/// pugixml cannot say (a document parsed from more than one buffer).
std::optional<std::size_t> nodeStart(const pugi::xml_node& node);

/// Where `node` ends in `bytes`, the buffer `doc` was parsed from with `every_node`: the start of the node
/// after it, or of its parent's end tag. Nodes keep no end position in pugixml, and nothing but white space
/// may follow the root, so this needs every node to be kept. nullopt when a start is unknown.
std::optional<std::size_t> nodeEnd(const pugi::xml_node& node, std::string_view bytes);

/// An element's name without its namespace prefix ("xliff" for "x:xliff").
std::string_view localName(const pugi::xml_node& node);

/// The first child element with local name `name`.
pugi::xml_node childNamed(const pugi::xml_node& node, std::string_view name);

/// Writes the text of `element` (a <source>, <target> or <seg>) into `mask` at its place in `bytes`. Inline
/// codes that stand for the original document's formatting (<ph>, <bpt>, <ept>, <it>, <ut>, <sub>) and
/// empty placeholders (<x/>, <bx/>, <ex/>, <sc/>, <ec/>) stay blank; the text inside <g>, <pc>, <mrk>, <hi>
/// is text. Returns the range written without surrounding white space: empty when the element has no text.
TextRange revealElementText(MaskedText& mask, const pugi::xml_node& element, std::string_view bytes);

}  // namespace concord
