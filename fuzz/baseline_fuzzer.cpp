// Baseline files (--baseline): JSON parsing and the entry checks; a baseline that loads must survive being
// written and read back with the same entries.
#include <cstddef>
#include <cstdint>

#include "checker/batch/baseline.h"
#include "checker/model/error.h"
#include "fuzz/fuzz_input.h"

using concord::fuzz::require;
using concord::fuzz::writeScratchFile;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::Baseline baseline;
  try {
    baseline = concord::Baseline::load(writeScratchFile("baseline.json", concord::fuzz::asText(data, size)));
  } catch (const concord::UserError&) {
    return 0;
  }
  const std::string saved = baseline.serialize();
  const concord::Baseline again = concord::Baseline::load(writeScratchFile("saved.json", saved));
  require(again.size() == baseline.size() && again.serialize() == saved);
  return 0;
}
