#pragma once

#include "checker/model/alignment.h"

namespace concord::aligners {

/// The first aligner: Gale–Church on paragraph lengths, then on sentence lengths inside each group of
/// aligned paragraphs. The length ratio is the document pair's own (target characters / source characters).
class LengthAligner : public Aligner {
 public:
  Alignment align(const Document& source, const Document& target) const override;
};

}  // namespace concord::aligners
