#include "aligners/default_aligner.h"

#include "aligners/length_aligner.h"

namespace concord::aligners {

const Aligner& defaultAligner() {
  static const LengthAligner aligner;
  return aligner;
}

}  // namespace concord::aligners
