#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace concord {

/// A valid YYYY-MM-DD date written in the file name, else in the nearest folder name of `path`
/// ("2026-03-14-belgorod.en.txt", "wires/2026-03-14/belgorod.en.txt"), or as three folders
/// ("wires/2026/03/14/belgorod.en.txt"). Digits glued to other digits do not count ("120260314").
std::optional<std::string> dateInPath(std::string_view path);

/// The `date:` of the article's front matter (a block between two `---` lines at its very start, as
/// Markdown publishing tools write it): "date: 2026-03-14", quoted or followed by a time. nullopt without
/// one or when it is not a valid date.
std::optional<std::string> dateInMetadata(std::string_view text);

/// The file's modification day (UTC) as YYYY-MM-DD; nullopt when the file cannot be stat'ed.
std::optional<std::string> modificationDate(const std::string& path);

/// The date an article is filed under (the "date" of its JSON Lines pair record, the report's trend): a
/// date written in its path wins (file name, else the nearest folder name), else the file's modification
/// day when the text was read from that file (`on_disk` false: inline text, standard input).
std::optional<std::string> articleDate(const std::string& path, bool on_disk);

}  // namespace concord
