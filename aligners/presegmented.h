#pragma once

#include "checker/model/document.h"
#include "checker/segmentation/segmenter.h"

namespace concord::aligners {

/// Segments `doc` the way sentence-alignment gold sets come: one sentence per line, no sentence splitting.
/// Line k (0-based) is sentence k, so link indices match the gold files' indices; a final newline does not
/// add a sentence. Blank lines separate paragraphs (and are not sentences); a file without blank lines is one
/// paragraph. Tokens come from `segmenter`'s ICU word breaks as in normal segmentation.
void segmentPresegmented(Document& doc, const Segmenter& segmenter);

}  // namespace concord::aligners
