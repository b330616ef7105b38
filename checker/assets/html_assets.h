#pragma once

#include <string_view>

// The HTML pages' CSS and JavaScript. The text lives in checker/assets/*.css and *.js; the build embeds it
// (cmake/embed_assets.cmake) so each page Concord writes stays one self-contained file with no network.
namespace concord::html_assets {

/// Style sheet of the review page (screen and print): checker/assets/review.css.
extern const std::string_view kReviewCss;
/// Script of the review page (selection, details, filters, n/p navigation, #fN deep links):
/// checker/assets/review.js.
extern const std::string_view kReviewJs;
/// Style sheet of the style-guide report: checker/assets/report.css.
extern const std::string_view kReportCss;

}  // namespace concord::html_assets
