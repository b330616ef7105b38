// NewsML-G2 news items (checker/reading/news_article.h): any bytes give a refusal with a message or an
// analysis text as long as the file with every field inside it; never a crash, a logic_error (entities that
// could not be placed at their bytes) or a hang, and never an entity a DTD declares expanded.
#include "fuzz/news_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::fuzz::readNewsFile(data, size, "fuzz.xml");
  return 0;
}
