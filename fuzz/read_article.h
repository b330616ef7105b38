#pragma once

#include <cstddef>
#include <cstdint>

#include "checker/model/document.h"

namespace concord::fuzz {

/// The reading stage of one article in `format`, as checkPair runs it before segmentation: the encoding
/// checks, the analysis copy with markup blanked out, the line index, paragraphs and language detection.
/// Checks the promises later stages rely on (same length, ranges inside the text).
void readArticle(const std::uint8_t* data, std::size_t size, TextFormat format);

}  // namespace concord::fuzz
