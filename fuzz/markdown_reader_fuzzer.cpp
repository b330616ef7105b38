// The Markdown reader: md4c's text runs at their offsets, the HTML comments found in raw HTML, and
// paragraphs.
#include "fuzz/read_article.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::fuzz::readArticle(data, size, concord::TextFormat::markdown);
  return 0;
}
