#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace concord::aligners {

/// Value of a dictd index number: offsets and lengths in a `.index` file are written in base 64, most
/// significant digit first, with the alphabet A–Z a–z 0–9 + / ("C1" = 2·64 + 53). Returns nullopt-like -1 on
/// a character outside the alphabet.
std::int64_t dictdNumber(std::string_view digits);

/// Reads a dictd dictionary (`NAME.index` + `NAME.dict.dz`, the format FreeDict ships in Debian's
/// dict-freedict-* packages under /usr/share/dictd/). The `.dict.dz` is dictzip, i.e. gzip with a
/// random-access header: it is inflated whole with zlib. Each index line is `headword<TAB>offset<TAB>length`
/// into the inflated text; `visit(headword, entry_text)` is called for every entry, skipping the
/// `00database…` metadata entries. Throws UserError naming the file (and index line) when a file is
/// unreadable or a line malformed.
void readDictd(const std::string& index_path, const std::string& dict_path,
               const std::function<void(std::string_view headword, std::string_view entry)>& visit);

/// The dictionary's one-line description (its `00databaseshort` entry, e.g. "French-English FreeDict
/// Dictionary ver. 0.4.1"), inflating only the start of the data up to it; empty when it has none or a file
/// is unreadable.
std::string dictdShortDescription(const std::string& index_path, const std::string& dict_path);

}  // namespace concord::aligners
