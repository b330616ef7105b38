// TMX 1.4b (and the 1.1–1.3 that differ in the language attribute), read with pugixml.
#include <cctype>

#include <pugixml.hpp>

#include "checker/model/error.h"
#include "checker/reading/bilingual_readers.h"
#include "checker/reading/xml_text.h"

namespace concord {
namespace {

std::string_view tuvLanguage(const pugi::xml_node& tuv) {
  const pugi::xml_attribute lang = tuv.attribute("xml:lang");
  return lang ? lang.value() : tuv.attribute("lang").value();  // TMX 1.1 and 1.2 say lang=
}

// Language tags match on their primary subtag, case aside: en-US in the memory is en for --target-lang en.
bool sameLanguage(std::string_view a, std::string_view b) {
  auto primary = [](std::string_view tag) {
    std::string p(tag.substr(0, tag.find_first_of("-_")));
    for (char& c : p) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return p;
  };
  return !a.empty() && !b.empty() && primary(a) == primary(b);
}

pugi::xml_node tuvIn(const pugi::xml_node& tu, std::string_view lang) {
  for (const pugi::xml_node& tuv : tu.children()) {
    if (tuv.type() == pugi::node_element && localName(tuv) == "tuv" && sameLanguage(tuvLanguage(tuv), lang))
      return tuv;
  }
  return {};
}

// The target language: the one asked for, else the first language of the memory that is not the source.
std::string targetLanguage(const pugi::xml_node& body, const std::string& source, const std::string& wanted) {
  if (!wanted.empty()) return wanted;
  for (const pugi::xml_node& tu : body.children()) {
    for (const pugi::xml_node& tuv : tu.children()) {
      const std::string_view lang = tuvLanguage(tuv);
      if (localName(tuv) == "tuv" && !lang.empty() && !sameLanguage(lang, source)) return std::string(lang);
    }
  }
  return {};
}

}  // namespace

BilingualFile readTmx(const std::string& path, std::string_view bytes, const std::string& wanted_target) {
  pugi::xml_document doc;
  parseXml(doc, path, bytes);
  const pugi::xml_node root = doc.document_element();
  if (localName(root) != "tmx")
    throw UserError(path, "not a TMX document: its root element is <" + std::string(root.name()) + ">");
  const pugi::xml_node body = childNamed(root, "body");
  std::string source_lang = childNamed(root, "header").attribute("srclang").value();
  if (source_lang == "*all*") source_lang.clear();  // any language may be the source: take each unit's first
  const std::string target_lang = targetLanguage(body, source_lang, wanted_target);
  UnitCollector units(bytes.size());
  for (const pugi::xml_node& tu : body.children()) {
    if (tu.type() != pugi::node_element || localName(tu) != "tu") continue;
    const std::string_view unit_source =
        tu.attribute("srclang") ? tu.attribute("srclang").value() : std::string_view(source_lang);
    const pugi::xml_node source = unit_source.empty() ? childNamed(tu, "tuv") : tuvIn(tu, unit_source);
    const pugi::xml_node target = tuvIn(tu, target_lang);
    // A memory holds what was translated: a unit without both languages is no pair to check.
    if (!source || !target || source == target) continue;
    const TextRange source_range = revealElementText(units.source, childNamed(source, "seg"), bytes);
    if (source_range.empty()) continue;
    units.add(source_range, revealElementText(units.target, childNamed(target, "seg"), bytes));
    if (source_lang.empty()) source_lang = tuvLanguage(source);
  }
  return units.finish("TMX " + std::string(root.attribute("version").value()), source_lang, target_lang);
}

}  // namespace concord
