#include "checker/reading/file_format.h"

#include <array>
#include <utility>

namespace concord {
namespace {

constexpr std::array<std::pair<std::string_view, FileFormat>, 8> kNames{{
    {"text", FileFormat::text},
    {"markdown", FileFormat::markdown},
    {"html", FileFormat::html},
    {"ninjs", FileFormat::ninjs},
    {"newsml", FileFormat::newsml},
    {"xliff", FileFormat::xliff},
    {"tmx", FileFormat::tmx},
    {"po", FileFormat::po},
}};

constexpr std::array<std::pair<std::string_view, FileFormat>, 14> kBuiltinExtensions{{
    {".md", FileFormat::markdown},
    {".markdown", FileFormat::markdown},
    {".html", FileFormat::html},
    {".htm", FileFormat::html},
    {".xhtml", FileFormat::html},
    {".json", FileFormat::ninjs},  // .ninjs.json included
    {".xml", FileFormat::newsml},
    {".nml", FileFormat::newsml},
    {".xlf", FileFormat::xliff},
    {".xliff", FileFormat::xliff},
    {".tmx", FileFormat::tmx},
    {".po", FileFormat::po},
    {".txt", FileFormat::text},
    {".text", FileFormat::text},
}};

}  // namespace

FileFormat formatOfPath(std::string_view path, const FormatMap& extra) {
  // The longest configured extension wins, so ".ninjs.json" can say otherwise than ".json".
  const std::pair<const std::string, FileFormat>* best = nullptr;
  for (const auto& entry : extra) {
    if (path.ends_with(entry.first) && (best == nullptr || entry.first.size() > best->first.size()))
      best = &entry;
  }
  if (best != nullptr) return best->second;
  for (const auto& [extension, format] : kBuiltinExtensions) {
    if (path.ends_with(extension)) return format;
  }
  return FileFormat::text;
}

bool isBilingual(FileFormat format) {
  return format == FileFormat::xliff || format == FileFormat::tmx || format == FileFormat::po;
}

std::string_view formatName(FileFormat format) {
  for (const auto& [name, value] : kNames) {
    if (value == format) return name;
  }
  return "text";
}

std::optional<FileFormat> formatNamed(std::string_view name) {
  for (const auto& [known, value] : kNames) {
    if (known == name) return value;
  }
  return std::nullopt;
}

std::string formatNames() {
  std::string names;
  for (const auto& [name, value] : kNames) names += (names.empty() ? "" : ", ") + std::string(name);
  return names;
}

}  // namespace concord
