#pragma once

#include <string_view>

namespace concord::html_assets {

/// Style sheet of the review page (screen and print).
extern const std::string_view kReviewCss;
/// Script of the review page: selection, details, filters, n/p navigation, #fN deep links.
extern const std::string_view kReviewJs;
/// Style sheet of the style-guide report.
extern const std::string_view kReportCss;

}  // namespace concord::html_assets
