// XLIFF 1.2 and 2.x files (checker/reading/xliff_reader.cpp, pugixml; units, segments, translate="no",
// states): any bytes give a refusal with a message or two analysis texts as long as the file, with every unit
// inside it, in order, only white space outside; never a crash, a logic_error (a decoded string
// that could not be laid over its bytes) or a hang.
#include "fuzz/bilingual_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::fuzz::readBilingual(data, size, "fuzz.xlf");
  return 0;
}
