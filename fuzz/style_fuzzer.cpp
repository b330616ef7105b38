// House-style profiles (--style FILE.tsv, concord.toml `style`): directives, @extends of built-in profiles,
// entry lines, and the lookup tables built from them.
#include <cstddef>
#include <cstdint>

#include "checker/model/error.h"
#include "dictionaries/style_profile.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = concord::fuzz::writeScratchFile("style.tsv", concord::fuzz::asText(data, size));
  try {
    const concord::HouseStyle style(concord::loadStyle(path));
    for (const concord::StyleEntry& entry : style.profile().entries) {
      style.replacing(entry.preferred);
      style.isPreferred(entry.preferred);
      style.formsStartingWith(entry.preferred.substr(0, entry.preferred.find(' ')));
    }
  } catch (const concord::UserError&) {
  }
  return 0;
}
