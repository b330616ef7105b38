#pragma once

#include <string_view>

#include "checker/model/alignment.h"

namespace concord::aligners {

/// The aligner `concord check` and `concord align` use.
const Aligner& defaultAligner();

/// An aligner by name: "default", "gale-church" (the length-only baseline) or "anchor". Throws UserError on
/// an unknown name.
const Aligner& alignerNamed(std::string_view name);

}  // namespace concord::aligners
