#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord {

/// The messages of a GNU gettext .mo catalogue (the documented binary format: a magic number in either byte
/// order, a count, and two tables of (length, offset) for the original and translated strings). Debian ships
/// GeoNames place names and iso-codes country names this way. Plural forms keep their first form; the header
/// entry (empty msgid) is left out.
struct MoCatalog {
  /// The file's bytes, shared so that the views below stay valid however the catalogue is copied or moved.
  std::shared_ptr<const std::string> bytes;
  /// (msgid, msgstr) in file order: views into `bytes` (or into static strings, for a catalogue a test
  /// makes).
  std::vector<std::pair<std::string_view, std::string_view>> messages;

  /// Reads `path`. Throws UserError "path: …" for a file that cannot be read or is not a well-formed .mo
  /// (bad magic, a table or string outside the file).
  static MoCatalog read(const std::string& path);
  /// The same from bytes already in memory; `name` is used in error messages.
  static MoCatalog parse(std::string bytes, const std::string& name);
};

}  // namespace concord
