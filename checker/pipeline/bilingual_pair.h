#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "checker/model/alignment.h"
#include "checker/model/document.h"
#include "checker/pipeline/pipeline.h"

namespace concord {

/// A language a file states for itself, and where it says so (for messages).
struct DeclaredLanguage {
  std::string lang;
  std::string origin;  ///< "file name", "XLIFF srcLang" …
};

/// Chooses a side's language: (the side as named, its analysis text, "--source-lang" or "--target-lang",
/// what the file declares) → a BCP 47 tag. Throws UserError when it cannot.
using LanguageResolver = std::function<std::string(const ArticleInput&, std::string_view, const std::string&,
                                                   const std::optional<DeclaredLanguage>&)>;

/// Whether the pair is one bilingual file named as both sides (`concord check story.xlf`).
bool isBilingualPair(const ArticleInput& source, const ArticleInput& target, const FormatMap& formats);

/// Both sides of a bilingual file and the alignment its units give.
struct UnitAlignedPair {
  std::unique_ptr<Document> source;
  std::unique_ptr<Document> target;
  Alignment alignment;
  std::string format;  ///< "XLIFF 1.2" …
};

/// Reads the bilingual file of `source` (= `target`): each unit is a paragraph on each side, still split
/// into sentences for the rules, and each unit's source sentences are linked to its target sentences with
/// confidence 1 (the translator's own alignment; no aligner runs). An untranslated unit is a k-0 link, which
/// the omission rules report. Both Documents have the whole file as their bytes, so findings point into it.
UnitAlignedPair readBilingualPair(const ArticleInput& source, const ArticleInput& target,
                                  const ReadingOptions& reading, const LanguageResolver& resolve);

}  // namespace concord
