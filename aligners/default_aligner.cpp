#include "aligners/default_aligner.h"

#include <string>

#include "aligners/anchor_aligner.h"
#include "aligners/length_aligner.h"
#include "checker/model/error.h"

namespace concord::aligners {

const Aligner& defaultAligner() { return alignerNamed("anchor"); }

const Aligner& alignerNamed(std::string_view name) {
  static const LengthAligner length_aligner;
  static const AnchorAligner anchor_aligner;
  if (name == "default") return defaultAligner();
  if (name == "anchor") return anchor_aligner;
  if (name == "gale-church") return length_aligner;
  throw UserError("--aligner", "unknown aligner '" + std::string(name) + "' (default, anchor, gale-church)");
}

}  // namespace concord::aligners
