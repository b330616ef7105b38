#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace concord {

/// A newsroom's own word list (`[dictionaries] extra` in concord.toml): one word or name per line, `#`
/// comments, blank lines ignored. Every blank-separated word of a line is accepted, so the line
/// "Kastus Kalinouski" accepts both words. The spelling and untranslated-word rules never flag a listed word.
/// Words are compared by foldKey() (case-insensitive, canonically equivalent forms equal).
class WordList {
 public:
  WordList() = default;
  /// Reads `path` (UTF-8 checked); throws UserError "path:line: message" naming a bad line.
  static WordList load(const std::string& path);

  bool contains(std::string_view word) const;
  std::size_t size() const { return keys_.size(); }

 private:
  std::set<std::string, std::less<>> keys_;
};

}  // namespace concord
