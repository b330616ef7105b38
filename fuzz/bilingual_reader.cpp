#include "fuzz/bilingual_reader.h"

#include <algorithm>
#include <vector>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/bilingual_file.h"
#include "checker/reading/text_file.h"
#include "fuzz/fuzz_input.h"

namespace concord::fuzz {
namespace {

// `ranges` (of one side, in file order) are non-empty, inside the file and apart, and `text` has only white
// space between and around them (a reader trims its units: a PO string may start with "\t").
void requireInOrderAndBlankOutside(const std::vector<TextRange>& ranges, const std::string& text) {
  auto blank = [&](std::size_t begin, std::size_t end) { return trimWhiteSpace(text, {begin, end}).empty(); };
  std::size_t previous_end = 0;
  for (const TextRange& range : ranges) {
    require(range.begin < range.end && range.end <= text.size() && range.begin >= previous_end);
    require(blank(previous_end, range.begin));
    previous_end = range.end;
  }
  require(blank(previous_end, text.size()));
}

}  // namespace

void readBilingual(const std::uint8_t* data, std::size_t size, const std::string& name) {
  const std::string_view bytes = asText(data, size);
  try {
    validateArticleText(bytes, name);  // what readArticleFile does before the bilingual reader sees a file
    const std::string path = writeScratchFile(name, bytes);
    const BilingualFile file = readBilingualFile(path, bytes, "");
    require(file.source_text.size() == bytes.size() && file.target_text.size() == bytes.size());
    std::vector<TextRange> sources, targets;
    for (const BilingualUnit& unit : file.units) {
      sources.push_back(unit.source);
      if (unit.target) targets.push_back(*unit.target);
    }
    requireInOrderAndBlankOutside(sources, file.source_text);
    requireInOrderAndBlankOutside(targets, file.target_text);
    for (std::size_t i = 0; i < bytes.size(); ++i)
      require(file.source_text[i] == ' ' || file.target_text[i] == ' ');  // blank, not only white
  } catch (const UserError&) {
    // refused with a message: what a bad file should get
  }
}

}  // namespace concord::fuzz
