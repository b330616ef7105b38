#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "checker/reading/masked_text.h"

namespace concord {

/// Parses `bytes` into `doc` with pugixml, which never reads a DTD, fetches nothing and expands no entity a
/// DTD declares. A document whose DTD declares entities is refused all the same (a billion-laughs document
/// or an external entity must not pass for text). Throws UserError "path:line:col: …" on malformed XML.
void parseXml(pugi::xml_document& doc, const std::string& path, std::string_view bytes);

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
