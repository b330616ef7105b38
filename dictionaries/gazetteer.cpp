#include "dictionaries/gazetteer.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "checker/model/error.h"
#include "dictionaries/data_lines.h"
#include "dictionaries/name_key.h"

namespace concord {
namespace {
namespace fs = std::filesystem;

const std::set<std::string> kKinds = {"place", "region", "river", "person", "org"};

std::string lastWord(const std::string& name) {
  const auto space = name.find_last_of(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

std::string firstWord(const std::string& name) { return name.substr(0, name.find(' ')); }

void loadFile(const std::string& path, std::vector<GazetteerEntry>& out) {
  for (const DataLine& data : readDataLines(path)) {
    const std::size_t number = data.number;
    const auto cols = splitFields(data.text);
    if (cols.size() != 6)
      throw UserError(path, number,
                      "expected 6 tab-separated columns (kind, origin, native, english, "
                      "variants, note), found " +
                          std::to_string(cols.size()));
    GazetteerEntry entry{cols[0], cols[1], cols[2], cols[3], {}, cols[5], path, number};
    if (!kKinds.count(entry.kind))
      throw UserError(path, number, "unknown kind '" + entry.kind + "' (place, region, river, person, org)");
    if (entry.origin.empty() ||
        !std::all_of(entry.origin.begin(), entry.origin.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      throw UserError(path, number,
                      "origin must be a language code such as uk or ru, found '" + entry.origin + "'");
    if (entry.native.empty() || entry.english.empty())
      throw UserError(path, number, "the native and english columns must not be empty");
    if (!cols[4].empty()) {
      for (const std::string& variant : splitFields(cols[4], ',')) {
        if (variant.empty() || variant.front() == ' ' || variant.back() == ' ')
          throw UserError(path, number, "empty variant or spaces around a comma in the variants column");
        entry.variants.push_back(variant);
      }
    }
    out.push_back(std::move(entry));
  }
}

}  // namespace

Gazetteer Gazetteer::load(const std::string& dir) {
  Gazetteer gazetteer;
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) loadFile(file, gazetteer.entries_);
  for (std::size_t i = 0; i < gazetteer.entries_.size(); ++i) {
    const GazetteerEntry& entry = gazetteer.entries_[i];
    std::set<std::string> keys, surname_keys;
    auto index = [&](const std::string& spelling) {
      keys.insert(nameKey(spelling));
      if (entry.kind == "person" && spelling.find(' ') != std::string::npos)
        surname_keys.insert(nameKey(lastWord(spelling)));
    };
    index(entry.english);
    for (const std::string& variant : entry.variants) index(variant);
    for (const std::string& key : keys) gazetteer.by_key_.emplace(key, i);
    for (const std::string& key : surname_keys) gazetteer.by_surname_key_.emplace(key, i);
    ++gazetteer.english_forms_[entry.english];
    if (entry.kind == "person" && entry.english.find(' ') != std::string::npos) {
      ++gazetteer.english_forms_[lastWord(entry.english)];
      ++gazetteer.english_forms_[firstWord(entry.english)];
      const std::string given = firstWord(entry.english);
      const std::string key = nameKey(given);
      auto range = gazetteer.given_names_.equal_range(key);
      const bool known =
          std::any_of(range.first, range.second, [&](const auto& g) { return g.second.first == given; });
      if (!known) gazetteer.given_names_.emplace(key, std::make_pair(given, firstWord(entry.native)));
    }
  }
  return gazetteer;
}

std::vector<const GazetteerEntry*> Gazetteer::byKey(const std::string& key) const {
  std::vector<const GazetteerEntry*> found;
  for (auto [it, end] = by_key_.equal_range(key); it != end; ++it) found.push_back(&entries_[it->second]);
  return found;
}

std::vector<const GazetteerEntry*> Gazetteer::bySurnameKey(const std::string& key) const {
  std::vector<const GazetteerEntry*> found;
  for (auto [it, end] = by_surname_key_.equal_range(key); it != end; ++it)
    found.push_back(&entries_[it->second]);
  return found;
}

std::vector<std::pair<std::string, std::string>> Gazetteer::givenNamesByKey(const std::string& key) const {
  std::vector<std::pair<std::string, std::string>> found;
  for (auto [it, end] = given_names_.equal_range(key); it != end; ++it) found.push_back(it->second);
  return found;
}

bool Gazetteer::isEnglishForm(std::string_view spelling) const {
  return english_forms_.count(std::string(spelling)) > 0;
}

}  // namespace concord
