#include "checker/reading/bilingual_file.h"

#include <algorithm>
#include <array>

#include "checker/reading/bilingual_readers.h"

namespace concord {
namespace {

// XLIFF 1.2's state-value list, then 2.x's state values (translated and final are in both).
constexpr std::array<std::string_view, 13> kXliffStates{"final",
                                                        "needs-adaptation",
                                                        "needs-l10n",
                                                        "needs-review-adaptation",
                                                        "needs-review-l10n",
                                                        "needs-review-translation",
                                                        "needs-translation",
                                                        "new",
                                                        "signed-off",
                                                        "translated",
                                                        "initial",
                                                        "reviewed",
                                                        "x-"};

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

BilingualFile readBilingualFile(const std::string& path, std::string_view bytes,
                                const std::string& wanted_target, const ReadingOptions& reading) {
  const FileFormat format = formatOfPath(path, reading.formats);
  if (format == FileFormat::tmx) return readTmx(path, bytes, wanted_target);
  if (format == FileFormat::po) return readPo(path, bytes);
  return readXliff(path, bytes, reading.xliff_check_states);
}

bool isXliffState(std::string_view state) {
  // XLIFF 1.2 lets a tool add its own values, prefixed x- (x-locked …).
  if (state.starts_with("x-") && state.size() > 2) return true;
  return std::find(kXliffStates.begin(), kXliffStates.end() - 1, state) != kXliffStates.end() - 1;
}

std::string xliffStateNames() {
  std::string names;
  for (std::string_view state : kXliffStates) names += (names.empty() ? "" : ", ") + std::string(state);
  return names + "…";
}

}  // namespace concord
