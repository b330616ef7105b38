// The plain-text reader: encoding checks, BOM/CR masking, line index, paragraphs, language detection.
#include "fuzz/read_article.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::fuzz::readArticle(data, size, concord::TextFormat::plain);
  return 0;
}
