// Findings written back into the XLIFF file they were found in, for the translator's CAT tool. pugixml finds
// the units; the file is edited at byte offsets rather than saved by pugixml, whose writer would re-escape
// text, re-quote attributes and rewrite empty elements: a CAT tool's diff would show every unit changed.
#include "checker/output/xliff_annotation.h"

#include <algorithm>
#include <array>
#include <optional>
#include <sstream>

#include <pugixml.hpp>

#include "checker/model/error.h"
#include "checker/reading/xliff_structure.h"
#include "checker/reading/xml_text.h"

namespace concord {
namespace {

// The priority of XLIFF notes runs from 1 (highest) to 10.
int priorityOf(Severity severity) {
  switch (severity) {
    case Severity::error:
      return 1;
    case Severity::warning:
      return 3;
    case Severity::info:
      return 5;
  }
  return 5;
}

struct Edit {
  std::size_t begin = 0;
  std::size_t end = 0;  // == begin: an insertion
  std::string text;
};

bool isWhiteSpace(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

class XliffAnnotator {
 public:
  XliffAnnotator(const std::string& path, std::string_view bytes, int major)
      : path_(path), bytes_(bytes), major_(major) {}

  std::size_t start(const pugi::xml_node& node) const { return known(nodeStart(node), node); }
  std::size_t end(const pugi::xml_node& node) const { return known(nodeEnd(node, bytes_), node); }

  void annotate(const pugi::xml_node& unit, const std::vector<const XliffNote*>& notes) {
    if (major_ == 1)
      annotate12(unit, notes);
    else
      annotate2(unit, notes);
  }

  std::string apply() {
    std::sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;  // an insertion before a removal there
    });
    std::string out;
    out.reserve(bytes_.size());
    std::size_t copied = 0;
    for (const Edit& edit : edits_) {
      out.append(bytes_.substr(copied, edit.begin - copied));
      out.append(edit.text);
      copied = edit.end;
    }
    out.append(bytes_.substr(copied));
    return out;
  }

 private:
  std::size_t known(std::optional<std::size_t> offset, const pugi::xml_node& node) const {
    if (offset && *offset <= bytes_.size()) return *offset;
    throw UserError(path_, "--format xliff: cannot tell where <" + std::string(node.name()) +
                               "> stands in the file, so the notes cannot be written into it");
  }

  // The line break and indentation before `node` ("\n    ", "\r\n\t\t"), or nothing on a one-line file.
  std::string breakBefore(const pugi::xml_node& node) const {
    const pugi::xml_node previous = node.previous_sibling();
    if (previous.type() != pugi::node_pcdata) return {};
    const std::string_view space = bytes_.substr(start(previous), start(node) - start(previous));
    const auto line = space.rfind('\n');
    if (!isWhiteSpace(space) || line == std::string_view::npos) return {};
    return std::string(space.substr(line > 0 && space[line - 1] == '\r' ? line - 1 : line));
  }

  // Removes `node` with the line break and indentation before it.
  void remove(const pugi::xml_node& node) {
    std::size_t begin = start(node);
    const pugi::xml_node previous = node.previous_sibling();
    if (previous.type() == pugi::node_pcdata &&
        isWhiteSpace(bytes_.substr(start(previous), begin - start(previous))))
      begin = start(previous);
    edits_.push_back({begin, end(node), {}});
  }

  // "note", or "xlf:note" when the file spells its XLIFF elements with a prefix.
  std::string named(const pugi::xml_node& unit, std::string_view name) const {
    const std::string_view unit_name = unit.name();
    const auto colon = unit_name.find(':');
    return std::string(colon == std::string_view::npos ? "" : unit_name.substr(0, colon + 1)) +
           std::string(name);
  }

  std::string noteElement(const pugi::xml_node& unit, const XliffNote& note) const {
    pugi::xml_document scratch;  // pugixml escapes the text and attributes
    pugi::xml_node element = scratch.append_child(named(unit, "note").c_str());
    element.append_attribute(major_ == 1 ? "from" : "category") = "concord";
    element.append_attribute("priority") = priorityOf(note.severity);
    element.append_attribute(major_ == 1 ? "annotates" : "appliesTo") =
        note.side == Side::target ? "target" : "source";
    element.text().set(note.text.c_str());
    std::ostringstream out;
    element.print(out, "", pugi::format_raw);
    return out.str();
  }

  std::string noteElements(const pugi::xml_node& unit, const std::vector<const XliffNote*>& notes,
                           const std::string& line_break) const {
    std::string text;
    for (const XliffNote* note : notes) text += line_break + noteElement(unit, *note);
    return text;
  }

  // XLIFF 1.2: <note> may follow <source>, <seg-source> and <target> (before any <alt-trans> or
  // extension), so the notes go right after the last of those three.
  void annotate12(const pugi::xml_node& unit, const std::vector<const XliffNote*>& notes) {
    pugi::xml_node anchor;
    for (const pugi::xml_node& child : unit.children()) {
      if (isConcordNote(child, major_)) remove(child);
      const std::string_view name = localName(child);
      if (child.type() == pugi::node_element &&
          (name == "source" || name == "seg-source" || name == "target"))
        anchor = child;
    }
    if (notes.empty() || !anchor) return;
    const std::size_t at = end(anchor);
    edits_.push_back({at, at, noteElements(unit, notes, breakBefore(anchor))});
  }

  // XLIFF 2.x: one <notes> per unit, before <originalData> and the segments; a <notes> that held only
  // Concord's notes is rebuilt, one with the translator's notes keeps them and gets Concord's after them.
  void annotate2(const pugi::xml_node& unit, const std::vector<const XliffNote*>& notes) {
    pugi::xml_node existing = childNamed(unit, "notes");
    pugi::xml_node last_kept;
    for (const pugi::xml_node& child : existing.children()) {
      if (child.type() == pugi::node_element && !isConcordNote(child, major_)) last_kept = child;
    }
    if (existing && !last_kept) {
      remove(existing);
    } else {
      for (const pugi::xml_node& child : existing.children())
        if (isConcordNote(child, major_)) remove(child);
    }
    if (notes.empty()) return;
    if (last_kept) {
      const std::size_t at = end(last_kept);
      edits_.push_back({at, at, noteElements(unit, notes, breakBefore(last_kept))});
      return;
    }
    pugi::xml_node anchor;
    for (const pugi::xml_node& child : unit.children()) {
      const std::string_view name = localName(child);
      if (child.type() == pugi::node_element &&
          (name == "originalData" || name == "segment" || name == "ignorable")) {
        anchor = child;
        break;
      }
    }
    if (!anchor) return;  // no segment: no text, so no finding either
    const std::string line_break = breakBefore(anchor);
    const std::string unit_break = breakBefore(unit);
    // One more level of the file's own indentation (the unit's children are one level below the unit).
    std::string step = "  ";
    if (!line_break.empty() && line_break.size() > unit_break.size() && line_break.starts_with(unit_break))
      step = line_break.substr(unit_break.size());
    const std::string notes_name = named(unit, "notes");
    const std::string inner_break = line_break.empty() ? "" : line_break + step;
    const std::size_t at = start(anchor);
    edits_.push_back({at, at,
                      "<" + notes_name + ">" + noteElements(unit, notes, inner_break) + line_break + "</" +
                          notes_name + ">" + line_break});
  }

  const std::string& path_;
  std::string_view bytes_;
  int major_;
  std::vector<Edit> edits_;
};

}  // namespace

std::string annotateXliff(const std::string& path, std::string_view bytes,
                          const std::vector<XliffNote>& notes) {
  pugi::xml_document doc;
  parseXml(doc, path, bytes, true);
  const pugi::xml_node root = doc.document_element();
  const int major = xliffMajorVersion(root);
  if (major == 0) throw UserError(path, "--format xliff writes back XLIFF 1.2 or 2.x; this file is not one");
  XliffAnnotator annotator(path, bytes, major);
  const std::vector<pugi::xml_node> units = xliffUnits(root, major);
  std::vector<std::size_t> starts;
  for (const pugi::xml_node& unit : units) starts.push_back(annotator.start(unit));
  // A finding belongs to the last unit that starts before it: its text is inside one, and units never nest.
  std::vector<std::vector<const XliffNote*>> by_unit(units.size());
  for (const XliffNote& note : notes) {
    const auto after = std::upper_bound(starts.begin(), starts.end(), note.offset);
    if (after != starts.begin())
      by_unit[static_cast<std::size_t>(after - starts.begin() - 1)].push_back(&note);
  }
  for (std::size_t u = 0; u < units.size(); ++u) annotator.annotate(units[u], by_unit[u]);
  return annotator.apply();
}

}  // namespace concord
