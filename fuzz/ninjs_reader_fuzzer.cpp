// IPTC ninjs items (checker/reading/news_article.h): any bytes give a refusal with a message or an analysis
// text as long as the file with every field inside it; never a crash, a logic_error (a decoded string that
// could not be laid over its literal) or a hang (a nesting bomb is refused before nlohmann walks it).
#include "fuzz/news_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::fuzz::readNewsFile(data, size, "fuzz.ninjs.json");
  return 0;
}
