#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// One gazetteer line: a Ukrainian, Russian or Belarusian place or person with its Cyrillic original, the
/// neutral English press form and other spellings seen in the news or in machine translation.
struct GazetteerEntry {
  std::string kind;    ///< place, region, river, person, org
  std::string origin;  ///< language of the native name: uk, ru, be
  std::string native;  ///< Cyrillic
  std::string english;
  std::vector<std::string> variants;
  std::string note;
  std::string file;
  std::size_t line = 0;
};

/// Every entry of dictionaries/gazetteer/*.tsv, indexed by nameKey() of the English form and of each variant,
/// for whole names and (for people) for the surname and the given name alone.
class Gazetteer {
 public:
  /// Loads every *.tsv under `dir`. Bad lines throw UserError "file:line: message".
  static Gazetteer load(const std::string& dir);

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  /// Entries one of whose spellings (English or variant, whole name) has nameKey `key`.
  std::vector<const GazetteerEntry*> byKey(const std::string& key) const;
  /// Entries of people whose surname (last word of a spelling) has nameKey `key`.
  std::vector<const GazetteerEntry*> bySurnameKey(const std::string& key) const;
  /// English given names (first word of a person's English form) with nameKey `key`, and the Cyrillic word.
  std::vector<std::pair<std::string, std::string>> givenNamesByKey(const std::string& key) const;
  /// True when `spelling` (exactly, or its last word for people) is the English form of some entry.
  bool isEnglishForm(std::string_view spelling) const;

 private:
  std::vector<GazetteerEntry> entries_;
  std::multimap<std::string, std::size_t> by_key_;
  std::multimap<std::string, std::size_t> by_surname_key_;
  std::multimap<std::string, std::pair<std::string, std::string>> given_names_;
  std::map<std::string, int> english_forms_;
};

}  // namespace concord
