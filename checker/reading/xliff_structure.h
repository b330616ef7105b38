#pragma once

#include <vector>

#include <pugixml.hpp>

namespace concord {

/// The major version of the XLIFF document whose root is `root` (1 for 1.x, 2 for 2.x); 0 when `root` is
/// no <xliff> or its version is neither.
int xliffMajorVersion(const pugi::xml_node& root);

/// The translation units under `node`, in file order: <trans-unit> in XLIFF 1.2, <unit> in 2.x, inside any
/// <file> or <group>.
std::vector<pugi::xml_node> xliffUnits(const pugi::xml_node& node, int major);

/// The <note> elements of a unit: its own in 1.2, those of its <notes> in 2.x.
std::vector<pugi::xml_node> unitNotes(const pugi::xml_node& unit, int major);

/// Whether `note` is one Concord wrote (--format xliff): from="concord" in 1.2, category="concord" in 2.x.
bool isConcordNote(const pugi::xml_node& note, int major);

}  // namespace concord
