#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "checker/model/document.h"

namespace concord::fuzz {

/// The first byte of a segmenter, aligner or check input: its low bits pick the (source) language from
/// kLanguages, its top bit the one-sentence-per-line layout (segmenter) or Markdown (check).
struct InputHeader {
  const char* lang;
  bool flag;
};
InputHeader readHeader(std::string_view& input);

/// An article of `bytes` in `lang`, segmented as checkPair does (the segmenter of each language built once);
/// nullptr when the reader refuses the bytes. Checks that paragraphs, sentences and tokens nest inside one
/// another and inside the text.
std::unique_ptr<Document> segmentArticle(std::string_view bytes, const std::string& lang, bool presegmented);

/// Builds what the process keeps once made, for LLVMFuzzerInitialize: the segmenter of every language of
/// kLanguages and its bilingual lexicon into English. Without this the first input of each language pays for
/// them (German's lexicon has 135,000 entries: 4 s under ASan), and libFuzzer reports that input as a slow
/// unit although nothing in it is slow (fuzz/seeds/aligner/slow-unit-f60df17…).
void prepareLanguages();

}  // namespace concord::fuzz
