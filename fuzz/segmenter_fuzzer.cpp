// The segmenter: ICU sentence and word breaks, the abbreviation joins, the French-quote repair, and the
// one-sentence-per-line layout. Input: a header byte (language, layout; see segment_article.h), then text.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_input.h"
#include "fuzz/segment_article.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = concord::fuzz::asText(data, size);
  const concord::fuzz::InputHeader header = concord::fuzz::readHeader(input);
  concord::fuzz::segmentArticle(input, header.lang, header.flag);
  return 0;
}
