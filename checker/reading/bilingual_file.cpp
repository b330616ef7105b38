#include "checker/reading/bilingual_file.h"

#include <array>

#include "checker/reading/bilingual_readers.h"

namespace concord {
namespace {

constexpr std::array<std::string_view, 4> kExtensions{".xlf", ".xliff", ".tmx", ".po"};

}  // namespace

void UnitCollector::add(TextRange source_range, std::optional<TextRange> target_range) {
  if (source_range.empty()) return;
  if (target_range && target_range->empty()) target_range.reset();
  units_.push_back({source_range, target_range});
}

BilingualFile UnitCollector::finish(std::string format, std::string source_lang, std::string target_lang) {
  return {std::move(format), std::move(source_lang), std::move(target_lang),
          source.take(),     target.take(),          std::move(units_)};
}

bool isBilingualPath(std::string_view path) {
  for (std::string_view extension : kExtensions) {
    if (path.ends_with(extension)) return true;
  }
  return false;
}

bool isXliffPath(std::string_view path) { return path.ends_with(".xlf") || path.ends_with(".xliff"); }

BilingualFile readBilingualFile(const std::string& path, std::string_view bytes,
                                const std::string& wanted_target) {
  if (path.ends_with(".tmx")) return readTmx(path, bytes, wanted_target);
  if (path.ends_with(".po")) return readPo(path, bytes);
  return readXliff(path, bytes);
}

}  // namespace concord
