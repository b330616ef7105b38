#include "checker/reading/xliff_suppressions.h"

#include "checker/reading/xliff_structure.h"
#include "checker/reading/xml_text.h"

namespace concord {

Suppressions readXliffNoteSuppressions(const Document& doc) {
  Suppressions out;
  const std::string& bytes = doc.original();
  pugi::xml_document xml;
  parseXml(xml, doc.path(), bytes, true);  // every node kept: nodeEnd needs them
  const int major = xliffMajorVersion(xml.document_element());
  for (const pugi::xml_node& unit : xliffUnits(xml.document_element(), major)) {
    const auto unit_begin = nodeStart(unit);
    const auto unit_end = nodeEnd(unit, bytes);
    if (!unit_begin || !unit_end) continue;
    for (const pugi::xml_node& note : unitNotes(unit, major)) {
      const auto note_begin = nodeStart(note);
      const auto note_end = nodeEnd(note, bytes);
      if (isConcordNote(note, major) || !note_begin || !note_end) continue;
      auto directive = parseDirective(note.child_value(), {*note_begin, *note_end});
      if (!directive) continue;
      if (directive->kind != SuppressionDirective::Kind::enable &&
          directive->kind != SuppressionDirective::Kind::unknown)
        out.regions.push_back({out.directives.size(), {*unit_begin, *unit_end}, directive->rules, {}});
      out.directives.push_back(std::move(*directive));
    }
  }
  out.enable_closed_something.assign(out.directives.size(), false);
  return out;
}

}  // namespace concord
