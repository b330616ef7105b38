// The whole check of one short pair (read, segment, align, every rule): what `concord check` runs. Input: a
// header byte (source language; top bit: both files Markdown), then `source NUL target` (English).
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/model/error.h"
#include "checker/pipeline/pipeline.h"
#include "dictionaries/dictionary_set.h"
#include "fuzz/fuzz_input.h"
#include "fuzz/segment_article.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  concord::fuzz::prepareLanguages();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const concord::DictionarySet dictionaries;
  std::string_view input = concord::fuzz::asText(data, size);
  const concord::fuzz::InputHeader header = concord::fuzz::readHeader(input);
  const auto [source_text, target_text] = concord::fuzz::splitPair(input);
  const std::string extension = header.flag ? ".md" : ".txt";
  const concord::ArticleInput source{"fuzz." + std::string(header.lang) + extension, std::string(source_text),
                                     header.lang};
  const concord::ArticleInput target{"fuzz.en" + extension, std::string(target_text), "en"};
  concord::CheckOptions options;
  options.language_check = false;  // random bytes are rarely in the declared language
  try {
    concord::checkPair(source, target, options, dictionaries);
  } catch (const concord::UserError&) {
  }
  return 0;
}
