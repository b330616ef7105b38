#pragma once

#include <string>
#include <vector>

#include "checker/model/document.h"
#include "checker/model/finding.h"
#include "checker/reading/suppressions.h"

namespace concord {

/// Removes from `findings` those the inline directives of their side's document hide (readSuppressions;
/// consistency/unused-suppression's own findings are never hidden), and returns the directives that hid
/// nothing although every rule they name is among `ran` (a directive for a rule this run did not run may
/// still be needed). Directives naming unknown rules, and unknown directives, are left to the rule's check.
std::vector<UnusedDirective> applyInlineSuppressions(const Document& source, const Document& target,
                                                     std::vector<Finding>& findings,
                                                     const std::vector<std::string>& ran);

}  // namespace concord
