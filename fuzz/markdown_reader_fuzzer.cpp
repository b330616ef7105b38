// The Markdown reader: markup masking (headings, lists, emphasis, code, comments, links) and paragraphs.
#include "fuzz/read_article.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::fuzz::readArticle(data, size, concord::TextFormat::markdown);
  return 0;
}
