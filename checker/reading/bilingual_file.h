#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/text_range.h"
#include "checker/reading/reading_options.h"

namespace concord {

/// One translation unit (an XLIFF segment, a TMX <tu>, a PO message): where its source text and its
/// target text stand in the file.
struct BilingualUnit {
  TextRange source;
  std::optional<TextRange> target;  ///< nullopt: untranslated (no target, an empty one, or marked so)
};

/// A bilingual file read into two analysis texts, each as long as the file and blank except where that
/// side's text stands (checker/reading/masked_text.h), so offsets are positions in the file itself.
/// Units marked not to be translated (translate="no") are left out, as CAT tools leave them alone.
struct BilingualFile {
  std::string format;       ///< "XLIFF 1.2", "XLIFF 2.0", "TMX 1.4", "PO"
  std::string source_lang;  ///< as the file declares it; empty when it does not
  std::string target_lang;
  std::string source_text;
  std::string target_text;
  std::vector<BilingualUnit> units;  ///< in file order
};

/// Reads `bytes`, the UTF-8 content of the bilingual file `path`, in the format formatOfPath gives it with
/// `reading.formats`. `wanted_target` (a BCP 47 tag, or empty) picks the target among a TMX's languages;
/// `reading.xliff_check_states` says which XLIFF units are read. Throws UserError naming the file and the
/// position of malformed input, and for a DTD that declares entities (never expanded, never fetched).
BilingualFile readBilingualFile(const std::string& path, std::string_view bytes,
                                const std::string& wanted_target, const ReadingOptions& reading = {});

/// Whether `state` is a state XLIFF defines: 1.2's `state` values (new, translated, needs-review-translation,
/// final, signed-off … and x- extensions) or 2.x's (initial, translated, reviewed, final).
bool isXliffState(std::string_view state);

/// The XLIFF states, for messages.
std::string xliffStateNames();

}  // namespace concord
