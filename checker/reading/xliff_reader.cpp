// XLIFF 1.2 (<trans-unit>) and 2.x (<unit>/<segment>), read with pugixml.
#include <pugixml.hpp>

#include "checker/model/error.h"
#include "checker/reading/bilingual_readers.h"
#include "checker/reading/xliff_structure.h"
#include "checker/reading/xml_text.h"

namespace concord {
namespace {

// translate="no" (both versions), and the PO header po2xliff carries along as a unit: not for translators.
bool marksNoTranslation(const pugi::xml_node& node) {
  return std::string_view(node.attribute("translate").value()) == "no" ||
         std::string_view(node.attribute("restype").value()) == "x-gettext-domain-header";
}

// A 1.2 target whose state says it still has to be translated holds a placeholder (often a copy of the
// source), not a translation.
bool awaitsTranslation(const pugi::xml_node& target) {
  return std::string_view(target.attribute("state").value()) == "needs-translation";
}

// The state a unit is in: 1.2 puts it on the <target> (none: the file claims nothing), 2.x on the
// <segment>, where its absence means "initial".
std::string_view unitState(const pugi::xml_node& holder, const pugi::xml_node& target, int major) {
  if (major == 1) return target.attribute("state").value();
  const pugi::xml_attribute state = holder.attribute("state");
  return state ? std::string_view(state.value()) : std::string_view("initial");
}

class XliffReader {
 public:
  XliffReader(std::string_view bytes, int major, const std::optional<std::set<std::string>>& check_states)
      : bytes_(bytes), major_(major), check_states_(check_states), units_(bytes.size()) {}

  // Walks files and groups; translate="no" on any of them covers everything inside, as in both versions.
  void visit(const pugi::xml_node& node) {
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() != pugi::node_element || marksNoTranslation(child)) continue;
      const std::string_view name = localName(child);
      if (major_ == 1 && name == "trans-unit") {
        unit(child);
      } else if (major_ >= 2 && name == "unit") {
        for (const pugi::xml_node& segment : child.children()) {
          if (segment.type() == pugi::node_element && localName(segment) == "segment") unit(segment);
        }
      } else {
        visit(child);
      }
    }
  }

  UnitCollector& units() { return units_; }

 private:
  void unit(const pugi::xml_node& holder) {
    const pugi::xml_node target = childNamed(holder, "target");
    // A unit in a state concord.toml does not check is left alone, as translate="no" is: never reported.
    const std::string_view state = unitState(holder, target, major_);
    if (check_states_ && !state.empty() && !check_states_->contains(std::string(state))) return;
    const TextRange source = revealElementText(units_.source, childNamed(holder, "source"), bytes_);
    if (source.empty()) return;
    if (!target || (major_ == 1 && awaitsTranslation(target))) {
      units_.add(source, std::nullopt);
      return;
    }
    units_.add(source, revealElementText(units_.target, target, bytes_));
  }

  std::string_view bytes_;
  int major_;
  const std::optional<std::set<std::string>>& check_states_;
  UnitCollector units_;
};

}  // namespace

BilingualFile readXliff(const std::string& path, std::string_view bytes,
                        const std::optional<std::set<std::string>>& check_states) {
  pugi::xml_document doc;
  parseXml(doc, path, bytes);
  const pugi::xml_node root = doc.document_element();
  if (localName(root) != "xliff")
    throw UserError(path, "not an XLIFF document: its root element is <" + std::string(root.name()) + ">");
  const std::string version = root.attribute("version").value();
  const int major = xliffMajorVersion(root);
  if (major == 0) throw UserError(path, "XLIFF version '" + version + "' is not read (1.2 and 2.x are)");
  std::string source_lang = root.attribute("srcLang").value();
  std::string target_lang = root.attribute("trgLang").value();
  if (major == 1) {
    const pugi::xml_node file = childNamed(root, "file");
    source_lang = file.attribute("source-language").value();
    target_lang = file.attribute("target-language").value();
  }
  XliffReader reader(bytes, major, check_states);
  reader.visit(root);
  return reader.units().finish("XLIFF " + version, source_lang, target_lang);
}

}  // namespace concord
