#include "dictionaries/style_profile.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>

#include "checker/model/data_dir.h"
#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/text_file.h"
#include "dictionaries/data_lines.h"
#include "dictionaries/name_key.h"

namespace concord {
namespace {
namespace fs = std::filesystem;

std::string trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r");
  return std::string(text.substr(begin, end - begin + 1));
}

std::vector<std::string> splitCommas(const std::string& text) {
  std::vector<std::string> items;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    item = trim(item);
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

struct Directive {
  std::string key, value;
};

std::optional<Directive> parseDirective(const std::string& line) {
  if (line.empty() || line.front() != '@') return std::nullopt;
  const auto sep = line.find_first_of(" \t");
  if (sep == std::string::npos) return Directive{line.substr(1), ""};
  return Directive{line.substr(1, sep - 1), trim(line.substr(sep + 1))};
}

// An entry is 'preferred<TAB>replaces<TAB>note'. A line without any TAB (spaces where the TABs belong, as
// editors that expand tabs write it) would be one preferred spelling that replaces nothing: the line would
// do nothing, silently. It is refused, pointing at its first space, where a TAB was most likely meant.
[[noreturn]] void refuseEntryWithoutTab(const std::string& path, std::size_t number, std::string_view line) {
  const std::size_t column = codePointCount(line.substr(0, line.find(' '))) + 1;
  throw UserError(
      path, number, column,
      "no TAB on this line: an entry is 'preferred<TAB>replaces<TAB>note' (spaces do not separate "
      "columns; replaces and note may be empty)");
}

StyleProfile loadChain(const std::string& path, const std::function<std::string(const std::string&)>& resolve,
                       std::vector<std::string>& stack) {
  const std::string canonical = fs::weakly_canonical(path).string();
  if (std::find(stack.begin(), stack.end(), canonical) != stack.end())
    throw UserError(path, "@extends forms a cycle through this file");
  if (!fs::exists(path)) throw UserError(path, "no such house-style file");
  stack.push_back(canonical);

  StyleProfile profile;
  profile.path = path;
  std::vector<StyleEntry> own;
  std::map<std::string, std::size_t> seen;  // every spelling a line of this file names → that line
  for (const DataLine& data : readDataLines(path)) {
    const std::size_t number = data.number;
    const std::string& line = data.text;
    if (auto directive = parseDirective(line)) {
      if (directive->value.empty())
        throw UserError(path, number, "directive @" + directive->key + " needs a value");
      if (directive->key == "name") {
        profile.name = directive->value;
      } else if (directive->key == "language") {
        profile.language = directive->value;
      } else if (directive->key == "description") {
        profile.description = directive->value;
      } else if (directive->key == "extends") {
        for (const std::string& parent : splitCommas(directive->value)) {
          const std::string parent_path = resolve(parent);
          if (!fs::exists(parent_path))
            throw UserError(path, number, "@extends names '" + parent + "', which is not a house style");
          StyleProfile base = loadChain(parent_path, resolve, stack);
          for (StyleEntry& entry : base.entries) profile.entries.push_back(std::move(entry));
          profile.extends.push_back(parent);
        }
      } else {
        throw UserError(path, number,
                        "unknown directive @" + directive->key +
                            " (known: @name, @language, @description, "
                            "@extends)");
      }
      continue;
    }
    const auto cols = splitFields(line);
    if (cols.size() == 1) refuseEntryWithoutTab(path, number, line);
    if (cols.size() > 3)
      throw UserError(
          path, number,
          "expected 'preferred<TAB>replaces<TAB>note', found " + std::to_string(cols.size()) + " columns");
    StyleEntry entry;
    entry.preferred = trim(cols[0]);
    if (entry.preferred.empty()) throw UserError(path, number, "the preferred spelling is empty");
    if (cols.size() > 1) entry.replaces = splitCommas(cols[1]);
    if (cols.size() > 2) entry.note = trim(cols[2]);
    entry.file = path;
    entry.line = number;
    for (const std::string& variant : entry.replaces)
      if (variant == entry.preferred) throw UserError(path, number, "'" + variant + "' replaces itself");
    // DATA.md: within one file a preferred form appears once and a replaced spelling belongs to one
    // preferred form. A spelling named again, as either, would silently drop or trim the earlier line.
    std::vector<std::string> names = entry.replaces;
    names.insert(names.begin(), entry.preferred);
    for (const std::string& name : names) {
      if (auto it = seen.find(name); it != seen.end())
        throw UserError(path, number,
                        "'" + name + "' is already listed on line " + std::to_string(it->second));
      seen.emplace(name, number);
    }
    own.push_back(std::move(entry));
  }
  // DATA.md: a profile names itself and its language; a file without them is not a house style (a word
  // list given by mistake, or a profile whose directives lost their '@').
  if (profile.name.empty())
    throw UserError(path, 1, 1,
                    "no @name line: a house style starts with @name<TAB>NAME (dictionaries/DATA.md)");
  if (profile.language.empty())
    throw UserError(path, 1, 1, "no @language line: a house style names its language with @language<TAB>TAG");
  // DATA.md @extends semantics: a child's line drops every inherited line whose preferred form it names
  // (as preferred or replaced), and takes its spellings out of the other inherited lines' replaces. The
  // lines of one file name disjoint spellings (checked above), so they cannot affect each other and all of
  // the file's spellings, `seen`, apply to the inherited lines in one pass. Applying them line by line to
  // everything before (own lines included) cost own × (inherited + own) × spellings: a style of 8,000
  // lines took 40 s to load (found by fuzz/style: 10 s for reuters under the fuzzing build).
  std::erase_if(profile.entries,
                [&](const StyleEntry& inherited) { return seen.count(inherited.preferred) > 0; });
  for (StyleEntry& inherited : profile.entries)
    std::erase_if(inherited.replaces, [&](const std::string& r) { return seen.count(r) > 0; });
  for (StyleEntry& entry : own) profile.entries.push_back(std::move(entry));
  stack.pop_back();
  return profile;
}

}  // namespace

std::string StyleProfile::displayName() const {
  static const std::map<std::string, std::string> kKnown = {
      {"ap", "AP"}, {"bbc", "BBC"}, {"fundeu", "Fundéu"}, {"guardian", "Guardian"}, {"reuters", "Reuters"}};
  if (auto it = kKnown.find(name); it != kKnown.end()) return it->second;
  return name;
}

StyleProfile loadStyleProfile(const std::string& path,
                              const std::function<std::string(const std::string&)>& resolve) {
  std::vector<std::string> stack;
  return loadChain(path, resolve, stack);
}

std::string builtinStylePath(const std::string& name) {
  return dataPath("dictionaries/styles/" + name + ".tsv");
}

bool isStylePath(const std::string& style) {
  return style.find('/') != std::string::npos || style.ends_with(".tsv");
}

StyleProfile loadStyle(const std::string& style) {
  const std::string path = isStylePath(style) ? style : builtinStylePath(style);
  const fs::path dir = fs::path(path).parent_path();
  return loadStyleProfile(path, [&](const std::string& parent) {
    if (!isStylePath(parent)) return builtinStylePath(parent);
    return fs::path(parent).is_absolute() ? parent : (dir / parent).string();
  });
}

std::vector<std::pair<std::string, std::string>> builtinStyleLanguages() {
  std::vector<std::pair<std::string, std::string>> styles;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dataPath("dictionaries/styles"), ec)) {
    if (entry.path().extension() != ".tsv") continue;
    std::string language;
    for (const DataLine& line : readDataLines(entry.path().string())) {
      const auto directive = parseDirective(line.text);
      if (!directive) break;  // directives come first; stop at the first entry
      if (directive->key == "language") language = directive->value;
    }
    styles.emplace_back(entry.path().stem().string(), language);
  }
  std::sort(styles.begin(), styles.end());
  return styles;
}

std::string defaultStyleFor(const std::string& language) {
  const std::string primary = language.substr(0, language.find('-'));
  // Read once per process: every rule of every article asks (the data folder does not change during a run).
  static const auto styles = builtinStyleLanguages();
  auto has = [&](const std::string& name) {
    return std::any_of(styles.begin(), styles.end(), [&](const auto& s) { return s.first == name; });
  };
  if (primary == "en" && has("ap")) return "ap";
  if (primary == "es" && has("fundeu")) return "fundeu";
  for (const auto& [name, lang] : styles) {
    if (lang.substr(0, lang.find('-')) == primary && name.find("common") == std::string::npos) return name;
  }
  return {};
}

}  // namespace concord

namespace concord {

HouseStyle::HouseStyle(StyleProfile profile) : profile_(std::move(profile)) {
  for (const StyleEntry& entry : profile_.entries) {
    preferred_[entry.preferred] = &entry;
    preferred_by_key_[nameKey(entry.preferred)] = &entry;
    for (const std::string& variant : entry.replaces) replacing_[variant] = &entry;
  }
  // A spelling a later entry prefers is no longer a variant (a profile may take back what it extends).
  for (auto it = replacing_.begin(); it != replacing_.end();) {
    it = preferred_.count(it->first) ? replacing_.erase(it) : std::next(it);
  }
  // Texts write an apostrophe as ', ’ or ʼ; the data writes ’ (DATA.md). Look for all three.
  auto addForm = [&](const std::string& text, const StyleEntry* entry, bool variant) {
    forms_.push_back({text, entry, variant});
    if (text.find("\u2019") == std::string::npos) return;
    for (const char* apostrophe : {"'", "\u02BC"}) {
      std::string alt = text;
      for (std::size_t at; (at = alt.find("\u2019")) != std::string::npos;) alt.replace(at, 3, apostrophe);
      forms_.push_back({alt, entry, variant});
    }
  };
  for (const auto& [text, entry] : replacing_) addForm(text, entry, true);
  for (const auto& [text, entry] : preferred_) addForm(text, entry, false);
  for (std::size_t i = 0; i < forms_.size(); ++i) {
    const std::string& text = forms_[i].text;
    forms_by_first_word_.emplace(foldKey(text.substr(0, text.find_first_of(" -'"))), i);
  }
}

const StyleEntry* HouseStyle::replacing(std::string_view spelling) const {
  const auto it = replacing_.find(spelling);
  return it == replacing_.end() ? nullptr : it->second;
}

bool HouseStyle::isPreferred(std::string_view spelling) const {
  return preferred_.find(spelling) != preferred_.end();
}

const StyleEntry* HouseStyle::preferredByKey(const std::string& key) const {
  const auto it = preferred_by_key_.find(key);
  return it == preferred_by_key_.end() ? nullptr : it->second;
}

std::vector<const HouseStyle::Form*> HouseStyle::formsStartingWith(std::string_view first_word) const {
  std::vector<const Form*> found;
  for (auto [it, end] = forms_by_first_word_.equal_range(foldKey(first_word)); it != end; ++it)
    found.push_back(&forms_[it->second]);
  std::sort(found.begin(), found.end(),
            [](const Form* a, const Form* b) { return a->text.size() > b->text.size(); });
  return found;
}

}  // namespace concord
