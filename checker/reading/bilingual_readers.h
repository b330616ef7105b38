#pragma once

// The readers behind readBilingualFile, one per format; only bilingual_file.cpp and the tests call them.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/reading/bilingual_file.h"
#include "checker/reading/masked_text.h"

namespace concord {

/// Gathers the units a reader finds and both sides' analysis texts.
class UnitCollector {
 public:
  explicit UnitCollector(std::size_t file_size) : source(file_size), target(file_size) {}

  /// Keeps a unit whose source has text; `target` nullopt or empty: untranslated.
  void add(TextRange source_range, std::optional<TextRange> target_range);
  BilingualFile finish(std::string format, std::string source_lang, std::string target_lang);

  MaskedText source;
  MaskedText target;

 private:
  std::vector<BilingualUnit> units_;
};

/// `check_states`: the states whose units are read (nullopt: all), as ReadingOptions::xliff_check_states.
BilingualFile readXliff(const std::string& path, std::string_view bytes,
                        const std::optional<std::set<std::string>>& check_states = std::nullopt);
BilingualFile readTmx(const std::string& path, std::string_view bytes, const std::string& wanted_target);
BilingualFile readPo(const std::string& path, std::string_view bytes);

}  // namespace concord
