#pragma once

#include <vector>

#include "checker/model/finding.h"

namespace concord {

/// One problem, one finding. A number of the source that a target line lacks because the line is cut off
/// is what truncation/cut-off reports, and one inside a clause or sentence that omission/* reports missing
/// is part of that omission: the numbers/mismatch finding that calls it "not in the aligned translation"
/// goes, when the covering finding is at warning or above (an info keeps the number's own warning).
/// Likewise a quotation's marks: a quotes finding inside the range of another quotes rule's finding whose
/// suggestion rewrites that quotation, at the same severity or higher, goes (of two on the same range, the
/// rule id sorting first stays). And a source sentence omission/sentence calls untranslated goes when
/// omission/clause (warning or above) reports a part of it missing from the translation it was paired with.
void dropFindingsOfReportedProblems(std::vector<Finding>& findings);

}  // namespace concord
