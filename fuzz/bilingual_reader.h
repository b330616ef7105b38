#pragma once

// The XLIFF, TMX and PO targets share one body: the reader named by the file's extension, then the
// properties the unit-aligned check relies on.

#include <cstddef>
#include <cstdint>
#include <string>

namespace concord::fuzz {

/// Reads the input as the bilingual file `name` (checker/reading/bilingual_file.h), written to disk first
/// since libgettextpo reads PO catalogues from a path: a UserError is a refusal, any other exception or a
/// broken property aborts. Both analysis texts are as long as the file; every unit's source and target is a
/// non-empty range inside it; the units come in file order, no two ranges of one side overlap and no byte
/// is on both sides; outside its units' ranges each side's analysis text is white space.
void readBilingual(const std::uint8_t* data, std::size_t size, const std::string& name);

}  // namespace concord::fuzz
