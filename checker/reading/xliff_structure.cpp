#include "checker/reading/xliff_structure.h"

#include <string_view>

#include "checker/reading/xml_text.h"

namespace concord {
namespace {

void collectUnits(const pugi::xml_node& node, int major, std::vector<pugi::xml_node>& units) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (localName(child) == (major == 1 ? "trans-unit" : "unit"))
      units.push_back(child);
    else
      collectUnits(child, major, units);
  }
}

}  // namespace

int xliffMajorVersion(const pugi::xml_node& root) {
  if (localName(root) != "xliff") return 0;
  const std::string_view version = root.attribute("version").value();
  return version.starts_with("1.") ? 1 : version.starts_with("2.") ? 2 : 0;
}

std::vector<pugi::xml_node> xliffUnits(const pugi::xml_node& node, int major) {
  std::vector<pugi::xml_node> units;
  collectUnits(node, major, units);
  return units;
}

std::vector<pugi::xml_node> unitNotes(const pugi::xml_node& unit, int major) {
  std::vector<pugi::xml_node> notes;
  for (const pugi::xml_node& child : (major == 1 ? unit : childNamed(unit, "notes")).children()) {
    if (child.type() == pugi::node_element && localName(child) == "note") notes.push_back(child);
  }
  return notes;
}

bool isConcordNote(const pugi::xml_node& note, int major) {
  return note.type() == pugi::node_element && localName(note) == "note" &&
         std::string_view(note.attribute(major == 1 ? "from" : "category").value()) == "concord";
}

}  // namespace concord
