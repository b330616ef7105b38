// Inline SVG charts of the style-guide report: well-formed XML, escaped labels, one shape per value.
#include "checker/style_report/svg_chart.h"

#include <cstdio>

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace concord::report {
namespace {

pugi::xml_node parseSvg(const std::string& svg, pugi::xml_document& doc) {
  const pugi::xml_parse_result parsed = doc.load_string(svg.c_str());
  EXPECT_TRUE(parsed) << parsed.description() << " at " << parsed.offset << " in\n" << svg;
  return doc.child("svg");
}

std::size_t count(pugi::xml_node root, const char* xpath) { return root.select_nodes(xpath).size(); }

TEST(SvgChart, BarChartIsWellFormedWithOneRectPerNonZeroSegment) {
  const std::vector<Series> series{{"errors", "#b42318"}, {"warnings", "#d08a00"}, {"infos", "#1f5fa8"}};
  const std::vector<Bar> bars{{"transliteration", {2, 5, 0}}, {"quotes", {0, 3, 1}}, {"numbers", {0, 0, 0}}};
  pugi::xml_document doc;
  const pugi::xml_node svg = parseSvg(barChartSvg(bars, series, "Findings by category"), doc);
  ASSERT_TRUE(svg);
  EXPECT_STREQ(svg.child_value("title"), "Findings by category");
  // 3 legend swatches + 4 non-zero segments.
  EXPECT_EQ(count(svg, "//rect"), 3u + 4u);
  EXPECT_EQ(count(svg, "//g"), 3u);
  // The total after each bar.
  EXPECT_EQ(count(svg, "//g/text[. = '7']"), 1u);
  EXPECT_EQ(count(svg, "//g/text[. = '0']"), 1u);
}

TEST(SvgChart, LabelsWithMarkupCharactersAreEscaped) {
  const std::string hostile = "<script>\"&'</script>";
  pugi::xml_document doc;
  const pugi::xml_node svg = parseSvg(barChartSvg({{hostile, {1}}}, {{"n", "#000"}}, "a < b"), doc);
  ASSERT_TRUE(svg);
  EXPECT_EQ(count(svg, "//script"), 0u);
  EXPECT_EQ(std::string(svg.select_node("//g[1]/text[1]").node().text().get()), hostile);
  EXPECT_STREQ(svg.child_value("title"), "a < b");
}

// A drift label (variant → preferred) wider than the label area is cut with "…" so that it never runs
// off the chart's left edge; the full label is the label's own <title>.
TEST(SvgChart, LongLabelsAreCutToTheLabelAreaWithTheFullTextAsTitle) {
  const std::vector<std::string> labels = {
      "Légion de la liberté de la Russie → Freedom of Russia Legion",
      "WWWWWWWWWWWWWWWWWWWWWWWWWW → MMMMMM",  // few code points, but wide ones
      "Збройні сили України → Armed Forces of Ukraine", "Kiev → Kyiv"};
  std::vector<Bar> bars;
  for (const std::string& l : labels) bars.push_back({l, {1}});
  pugi::xml_document doc;
  const pugi::xml_node svg = parseSvg(barChartSvg(bars, {{"n", "#000"}}, "Drift"), doc);
  ASSERT_TRUE(svg);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const pugi::xml_node text =
        svg.select_node(("//g[" + std::to_string(i + 1) + "]/text[1]").c_str()).node();
    const std::string shown = text.text().get();
    EXPECT_LE(estimatedTextWidth(shown), kBarLabelWidth) << shown;
    // The label ends where the bars begin, so its start (x - width) stays inside the chart.
    EXPECT_GE(text.attribute("x").as_double() - estimatedTextWidth(shown), 0.0) << shown;
    if (i + 1 < labels.size()) {
      EXPECT_EQ(shown.substr(shown.size() - 3), "…") << shown;
      EXPECT_EQ(labels[i].rfind(shown.substr(0, shown.size() - 3), 0), 0u) << "a prefix of the label";
      EXPECT_EQ(std::string(text.child_value("title")), labels[i]);
    } else {
      EXPECT_EQ(shown, labels[i]);
      EXPECT_FALSE(text.child("title")) << "a label that fits has no extra tooltip";
    }
  }
}

TEST(SvgChart, FitTextKeepsWholeCodePoints) {
  EXPECT_EQ(fitText("Kyiv", 100), "Kyiv");
  const std::string cut = fitText("Харків Харків Харків Харків Харків", 60);
  EXPECT_EQ(cut.substr(cut.size() - 3), "…");
  EXPECT_LE(estimatedTextWidth(cut), 60.0);
  EXPECT_EQ(cut.size() % 2, 1u) << "two-byte letters plus the three-byte ellipsis: no letter split";
}

// x labels of the trend are thinned so that no two overlap, and the last period is always labelled.
TEST(SvgChart, TrendLabelsNeverOverlapAndTheLastIsShown) {
  for (std::size_t n : {2u, 5u, 9u, 10u, 17u, 31u, 45u, 62u}) {
    std::vector<LinePoint> points;
    for (std::size_t i = 0; i < n; ++i) {
      char day[32];
      std::snprintf(day, sizeof day, "2026-%02zu-%02zu", 1 + i / 28, 1 + i % 28);
      points.push_back({day, static_cast<double>(i % 5)});
    }
    pugi::xml_document doc;
    const pugi::xml_node svg = parseSvg(lineChartSvg(points, "t", "y"), doc);
    ASSERT_TRUE(svg);
    const auto labels = svg.select_nodes("//text[@class='x']");
    ASSERT_GE(labels.size(), 2u) << n;
    double previous_right = -1;
    for (const auto& label : labels) {
      const double x = label.node().attribute("x").as_double();
      const double half = estimatedTextWidth(label.node().text().get()) / 2;
      EXPECT_GT(x - half, previous_right) << n << " points: " << label.node().text().get() << " overlaps";
      EXPECT_GE(x - half, 0.0);
      EXPECT_LE(x + half, svg.attribute("width").as_double()) << n << " points: cut at the right edge";
      previous_right = x + half;
    }
    EXPECT_EQ(std::string(labels[labels.size() - 1].node().text().get()), points.back().label) << n;
    EXPECT_EQ(std::string(labels[0].node().text().get()), points.front().label) << n;
  }
}

TEST(SvgChart, LineChartHasOnePointPerPeriodAndAPolyline) {
  const std::vector<LinePoint> points{
      {"2026-03-01", 2.5}, {"2026-03-02", 1}, {"2026-03-03", 0}, {"2026-03-04", 4}};
  pugi::xml_document doc;
  const pugi::xml_node svg = parseSvg(lineChartSvg(points, "Findings per article", "per article"), doc);
  ASSERT_TRUE(svg);
  EXPECT_EQ(count(svg, "//circle"), 4u);
  const std::string polyline = svg.select_node("//polyline").node().attribute("points").value();
  EXPECT_EQ(std::count(polyline.begin(), polyline.end(), ','), 4);
  // The highest point is at the top of the plot, the zero on the axis: y grows downwards.
  const double y_high = svg.select_node("//circle[4]").node().attribute("cy").as_double();
  const double y_zero = svg.select_node("//circle[3]").node().attribute("cy").as_double();
  EXPECT_LT(y_high, y_zero);
  EXPECT_STREQ(svg.select_node("//circle[1]/title").node().child_value(), "2026-03-01: 2.5");
}

TEST(SvgChart, LineChartWithOnePointDrawsADotAndNoLine) {
  pugi::xml_document doc;
  const pugi::xml_node svg = parseSvg(lineChartSvg({{"2026-03", 3}}, "t", "y"), doc);
  ASSERT_TRUE(svg);
  EXPECT_EQ(count(svg, "//circle"), 1u);
  EXPECT_EQ(count(svg, "//polyline"), 0u);
}

}  // namespace
}  // namespace concord::report
