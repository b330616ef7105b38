#pragma once

#include <string>

#include "aligners/presegmented.h"
#include "checker/model/document.h"
#include "checker/segmentation/segmenter.h"

namespace concord::testing {

/// A document of one sentence per line (blank lines between paragraphs), as the gold alignment sets come.
inline Document presegmentedDocument(const std::string& text, const std::string& lang) {
  Document doc("test." + lang, text, lang, TextFormat::plain);
  const Segmenter segmenter(lang, {});
  aligners::segmentPresegmented(doc, segmenter);
  return doc;
}

}  // namespace concord::testing
