#pragma once

#include "checker/alignment.h"

namespace concord::aligners {

/// The aligner `concord check` and `concord align` use.
const Aligner& defaultAligner();

}  // namespace concord::aligners
