#pragma once

#include <string>

#include "checker/output/atomic_file.h"
#include "checker/output/report.h"

namespace concord {

/// `--format html:DIR` on a batch: one review page per checked pair in DIR (created when missing), named
/// after the target file's path below the folder all targets share ("belgorod/target.en.txt" →
/// "belgorod-target.en.txt.html"),
/// and DIR/index.html listing every pair with its counts and a link to its page (a pair that could not be
/// checked is listed with its error). The files are staged in `files` (written with the run's other outputs,
/// all or nothing); pages of other runs in DIR are left alone. Throws UserError when DIR exists and is not a
/// folder, or cannot be created. Returns the number of pages staged.
std::size_t stageReviewPages(const BatchReport& report, const std::string& dir, OutputFiles& files);

/// The page name for a target path: its characters other than letters, digits, '.', '_' and '-' become
/// '-', leading dots and dashes dropped.
std::string reviewPageName(const std::string& target_path);

}  // namespace concord
