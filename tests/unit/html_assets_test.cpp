// The pages embed exactly the asset files of the checkout: an edited .css or .js reaches the binary, byte for
// byte (non-ASCII, quotes and backslashes included), with nothing added around it.
#include "checker/assets/html_assets.h"

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace concord {
namespace {

std::string assetFile(const std::string& name) {
  std::ifstream in(std::string(CONCORD_REPO_DIR) + "/checker/assets/" + name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(HtmlAssets, EmbedTheAssetFilesByteForByte) {
  EXPECT_EQ(html_assets::kReviewCss, assetFile("review.css"));
  EXPECT_EQ(html_assets::kReviewJs, assetFile("review.js"));
  EXPECT_EQ(html_assets::kReportCss, assetFile("report.css"));
}

TEST(HtmlAssets, AreNotEmpty) {
  EXPECT_NE(html_assets::kReviewCss.find(":root{"), std::string_view::npos);
  EXPECT_NE(html_assets::kReviewJs.find("'use strict'"), std::string_view::npos);
  EXPECT_NE(html_assets::kReportCss.find(":root{"), std::string_view::npos);
}

}  // namespace
}  // namespace concord
