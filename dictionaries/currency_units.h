#pragma once

#include <set>
#include <string>
#include <string_view>

namespace concord {

/// The unit words of the world's currencies (ariary, cedi, tenge, kwacha, dollar …), from iso-codes'
/// ISO 4217 table (the last word of each English name: "Malagasy Ariary" → ariary). A currency's unit keeps
/// its name in every language's copy, so it is no untranslated word and no misspelling, in the singular or
/// with a plural -s/-es (cedis, pesos), accents aside (guaraníes).
class CurrencyUnits {
 public:
  /// Reads `json_path` (iso_4217.json); a missing file gives an empty table (iso-codes not installed), a
  /// malformed one throws UserError naming it.
  static CurrencyUnits load(const std::string& json_path);

  bool contains(std::string_view word) const;
  std::size_t size() const { return units_.size(); }

 private:
  std::set<std::string, std::less<>> units_;  // folded keys, accents stripped
};

}  // namespace concord
