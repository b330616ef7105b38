#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "checker/pipeline/pipeline.h"

namespace concord {

struct HtmlReviewOptions {
  /// Documentation text per rule id (the `concord explain` page), embedded at the end of the page so the
  /// rule links work offline. Rules without an entry are linked by id only.
  std::map<std::string, std::string> rule_docs;
  std::string style;  ///< house style the check ran with, shown in the header
};

/// The review page: one self-contained HTML file (inline CSS and JS, no network) with source and target
/// side by side, one row per alignment link (a side with no sentences is drawn as a gap), every finding
/// highlighted on its bytes of Document::original() with its severity colour, a findings list, filters by
/// severity and category, and n/p keyboard navigation. All article text is escaped. `findings` are those
/// to show: the result's, less what a baseline hid.
void writeHtmlReview(const CheckResult& result, const std::vector<Finding>& findings, std::ostream& out,
                     const HtmlReviewOptions& options);

}  // namespace concord
