// Glossaries (dictionaries/glossaries/*.tsv, concord.toml [dictionaries] glossaries): the 4-column lines.
#include <cstddef>
#include <cstdint>

#include "checker/model/error.h"
#include "dictionaries/glossary.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const concord::Glossary glossary =
        concord::Glossary::parse(concord::fuzz::asText(data, size), "fuzz.fr-en.tsv");
    for (const concord::GlossaryEntry& entry : glossary.entries())
      concord::fuzz::require(!entry.source.empty() && !entry.target.empty());
  } catch (const concord::UserError&) {
  }
  return 0;
}
