#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord {

/// One line of a house-style file: the spelling the outlet wants and the spellings it replaces. A line with
/// no replaced spellings only declares a known, correct name (an allow-list entry such as "chicken Kiev").
struct StyleEntry {
  std::string preferred;
  std::vector<std::string> replaces;
  std::string note;
  std::string file;  ///< where it was read, for messages
  std::size_t line = 0;
};

/// A house-style profile (dictionaries/styles/<name>.tsv or a user's own file), with its @extends chain
/// already merged: entries of the file itself come after (and win over) the entries it inherits.
struct StyleProfile {
  std::string name;                  ///< @name
  std::string language;              ///< @language: the target language it is for ("en", "es" …)
  std::string description;           ///< @description
  std::vector<std::string> extends;  ///< @extends, as written
  std::string path;
  std::vector<StyleEntry> entries;

  /// "AP", "Reuters", "Fundéu" …: the name as editors write it, for messages.
  std::string displayName() const;
};

/// Reads one style file. `resolve(name)` returns the path of a profile named in @extends (a name, or a path
/// relative to the including file). Bad lines, unknown directives, missing or cyclic @extends throw UserError
/// naming "file:line".
StyleProfile loadStyleProfile(const std::string& path,
                              const std::function<std::string(const std::string&)>& resolve);

/// The path of a built-in profile: dataPath("dictionaries/styles/<name>.tsv").
std::string builtinStylePath(const std::string& name);

/// True when `style` names a file rather than a built-in profile (it contains '/' or ends in ".tsv").
bool isStylePath(const std::string& style);

/// Loads a built-in profile by name or a user's profile by path; @extends may name built-in profiles or
/// files next to the including one.
StyleProfile loadStyle(const std::string& style);

/// The @name and @language of every built-in profile (read from the directive lines only), sorted by name.
std::vector<std::pair<std::string, std::string>> builtinStyleLanguages();

/// The profile used when --style is not given: ap for English, fundeu for Spanish, else the first built-in
/// profile (by name) whose @language is `language`; empty when there is none.
std::string defaultStyleFor(const std::string& language);

}  // namespace concord

namespace concord {

/// A loaded profile ready for lookups: which entry replaces a spelling, which spellings are preferred.
/// Later entries win over earlier ones, so a profile overrides what it @extends.
class HouseStyle {
 public:
  explicit HouseStyle(StyleProfile profile);

  const StyleProfile& profile() const { return profile_; }
  /// The entry that replaces exactly `spelling`, or nullptr.
  const StyleEntry* replacing(std::string_view spelling) const;
  /// True when `spelling` is a preferred form (or an allow-listed name) of the profile.
  bool isPreferred(std::string_view spelling) const;
  /// The entry whose preferred form has nameKey() `key`, or nullptr (the last one when several).
  const StyleEntry* preferredByKey(const std::string& key) const;

  /// A spelling to look for in a text: a replaced variant (entry->preferred is the fix) or a preferred form
  /// (`variant` false), which protects the words inside it ("chicken Kiev", "Kievan Rus").
  struct Form {
    std::string text;
    const StyleEntry* entry;
    bool variant;
  };
  /// Forms whose first word is `first_word`, compared case-insensitively, longest first.
  std::vector<const Form*> formsStartingWith(std::string_view first_word) const;

 private:
  StyleProfile profile_;
  std::map<std::string, const StyleEntry*, std::less<>> replacing_;
  std::map<std::string, const StyleEntry*, std::less<>> preferred_;
  std::map<std::string, const StyleEntry*> preferred_by_key_;
  std::vector<Form> forms_;
  std::multimap<std::string, std::size_t, std::less<>> forms_by_first_word_;
};

}  // namespace concord
