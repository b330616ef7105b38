// concord.toml: TOML parsing, then every key's type and value checks (rules, severities, formats, styles,
// ICU regular expressions, dictionary paths).
#include <cstddef>
#include <cstdint>

#include "checker/batch/config.h"
#include "checker/model/error.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = concord::fuzz::writeScratchFile("concord.toml", concord::fuzz::asText(data, size));
  try {
    concord::loadConfig(path);
  } catch (const concord::UserError&) {
  }
  return 0;
}
