#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// How an article file is read. One place decides it (formatOfPath), so the readers, suppressions, fixes,
/// the XLIFF writer, folder pairing and the commands agree about every file.
enum class FileFormat { text, markdown, html, ninjs, newsml, xliff, tmx, po };

/// Extensions concord.toml's [formats] maps to a format (".sdlxliff" → xliff), on top of the built-in ones.
using FormatMap = std::map<std::string, FileFormat>;

/// The format of `path` by its file name: the longest extension of `extra` it ends with, else the built-in
/// ones (docs/formats.md), else text.
FileFormat formatOfPath(std::string_view path, const FormatMap& extra = {});

/// XLIFF, TMX and PO hold both sides of a pair in one file.
bool isBilingual(FileFormat format);

/// The name concord.toml and messages use ("xliff", "html" …), and back; nullopt for an unknown name.
std::string_view formatName(FileFormat format);
std::optional<FileFormat> formatNamed(std::string_view name);

/// Every format name, in the order of the enum, for "unknown format" messages.
std::string formatNames();

}  // namespace concord
