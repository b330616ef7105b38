#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::report {

/// One bar: its label and the stacked segment values (one per series, in the chart's series order).
struct Bar {
  std::string label;
  std::vector<std::size_t> values;
};

/// A series of a bar chart: its name (legend) and fill colour ("#b42318").
struct Series {
  std::string name;
  std::string color;
};

/// A horizontal stacked bar chart as an inline <svg> element (well-formed XML, every text escaped), with
/// a legend when there is more than one series and the total printed after each bar. `title` is the
/// accessible name. A label wider than the label area (kBarLabelWidth, by estimatedTextWidth) is cut with
/// "…" and carries the full text in its own <title> (the tooltip).
std::string barChartSvg(const std::vector<Bar>& bars, const std::vector<Series>& series,
                        std::string_view title);

/// Room for a bar's label, in px at the charts' 12px font.
inline constexpr double kBarLabelWidth = 216;

/// A generous estimate of `text`'s width in px at the charts' 12px sans-serif font (per code point:
/// narrow letters, wide letters, capitals, CJK), so a label that fits by this estimate fits on screen.
/// SVG text does not wrap or clip, and a page without script cannot measure it.
double estimatedTextWidth(std::string_view text);

/// `text` when it fits in `max_width` px, else its longest prefix (whole code points) plus "…" that does.
std::string fitText(std::string_view text, double max_width);

struct LinePoint {
  std::string label;  ///< x-axis label (a day or a month)
  double value = 0;
};

/// A small line chart (y from 0, light grid, a dot per point with its value as tooltip) as inline <svg>.
/// X labels (class "x") are thinned to every k-th point so that none overlaps another; the last point is
/// always labelled.
std::string lineChartSvg(const std::vector<LinePoint>& points, std::string_view title,
                         std::string_view y_label);

}  // namespace concord::report
