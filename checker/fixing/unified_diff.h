#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/fixing/fix_plan.h"

namespace concord {

/// The unified diff (`diff -u`, three lines of context) between `original` and `original` with `edits`
/// (sorted, not overlapping) applied, both named `path` so `patch -p0` applies it. Written from the edits:
/// only the lines they touch are compared. Empty when there are no edits. A last line without a line end
/// is marked "\ No newline at end of file", as diff does.
std::string unifiedDiff(std::string_view original, const std::vector<Edit>& edits, const std::string& path);

}  // namespace concord
