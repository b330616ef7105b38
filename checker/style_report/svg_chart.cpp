#include "checker/style_report/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "checker/model/unicode_text.h"
#include "checker/output/html_escape.h"

namespace concord::report {
namespace {

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string s(text);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

double codePointWidth(char32_t cp) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (std::string_view(" .,:;'!|()[]ijlftrI").find(c) != std::string_view::npos) return 4.0;
    if (std::string_view("mwMW@%").find(c) != std::string_view::npos) return 11.0;
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return 8.2;
    return 7.0;
  }
  if (cp >= 0x2E80) return 12.5;  // CJK and the arrows, symbols and ellipsis above U+2000 are wide
  if (cp >= 0x2000) return 12.0;
  return 8.2;  // accented Latin, Cyrillic, Greek: as wide as a capital, to be safe
}

constexpr double kEllipsisWidth = 12.0;

}  // namespace

double estimatedTextWidth(std::string_view text) {
  double width = 0;
  for (std::size_t offset = 0; offset < text.size();) {
    std::size_t length = 0;
    width += codePointWidth(codePointAt(text, offset, &length));
    offset += std::max<std::size_t>(length, 1);
  }
  return width;
}

std::string fitText(std::string_view text, double max_width) {
  if (estimatedTextWidth(text) <= max_width) return std::string(text);
  double width = kEllipsisWidth;
  std::size_t offset = 0;
  while (offset < text.size()) {
    std::size_t length = 0;
    const double w = codePointWidth(codePointAt(text, offset, &length));
    if (width + w > max_width) break;
    width += w;
    offset += std::max<std::size_t>(length, 1);
  }
  // No dangling space before the ellipsis.
  while (offset > 0 && text[offset - 1] == ' ') --offset;
  return std::string(text.substr(0, offset)) + "…";
}

namespace {

std::string svgOpen(double width, double height, std::string_view title) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"" + number(width) +
         "\" height=\"" + number(height) + "\" viewBox=\"0 0 " + number(width) + " " + number(height) +
         "\" font-family=\"system-ui, sans-serif\" font-size=\"12\"><title>" + htmlEscape(title) + "</title>";
}

// A "nice" axis maximum (1, 2, 2.5 or 5 times a power of ten) at or above `value`.
double niceCeiling(double value) {
  if (value <= 0) return 1;
  const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
  for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

}  // namespace

std::string barChartSvg(const std::vector<Bar>& bars, const std::vector<Series>& series,
                        std::string_view title) {
  constexpr double kWidth = 680, kRow = 24, kBar = 15, kLabelWidth = kBarLabelWidth + 14, kRight = 48;
  const double legend = series.size() > 1 ? 26 : 6;
  const double height = legend + kRow * static_cast<double>(bars.size()) + 6;
  std::size_t max_total = 1;
  for (const Bar& bar : bars) {
    std::size_t total = 0;
    for (std::size_t v : bar.values) total += v;
    max_total = std::max(max_total, total);
  }
  const double scale = (kWidth - kLabelWidth - kRight) / static_cast<double>(max_total);

  // A stream, not string `+`: gcc 12 reports a false -Wrestrict on "literal" + std::string temporaries.
  std::ostringstream svg;
  svg << svgOpen(kWidth, height, title);
  if (series.size() > 1) {
    double x = kLabelWidth;
    for (const Series& s : series) {
      svg << "<rect x=\"" << number(x) << "\" y=\"6\" width=\"11\" height=\"11\" rx=\"2\" fill=\""
          << htmlEscape(s.color) << "\"/><text x=\"" << number(x + 16) << "\" y=\"16\" fill=\"#5d6875\">"
          << htmlEscape(s.name) << "</text>";
      x += 24 + 7.5 * static_cast<double>(s.name.size());
    }
  }
  for (std::size_t row = 0; row < bars.size(); ++row) {
    const Bar& bar = bars[row];
    const double y = legend + kRow * static_cast<double>(row);
    std::size_t total = 0;
    std::string tooltip = bar.label + ":";
    for (std::size_t i = 0; i < bar.values.size(); ++i) {
      total += bar.values[i];
      if (i < series.size() && bar.values[i]) {
        tooltip += ' ';
        tooltip += std::to_string(bar.values[i]);
        tooltip += ' ';
        tooltip += series[i].name;
      }
    }
    const std::string shown = fitText(bar.label, kBarLabelWidth);
    svg << "<g><title>" << htmlEscape(tooltip) << "</title><text x=\"" << number(kLabelWidth - 8) << "\" y=\""
        << number(y + kBar - 3) << "\" text-anchor=\"end\" fill=\"#1d232b\">";
    if (shown != bar.label) svg << "<title>" << htmlEscape(bar.label) << "</title>";
    svg << htmlEscape(shown) << "</text>";
    double x = kLabelWidth;
    for (std::size_t i = 0; i < bar.values.size(); ++i) {
      if (bar.values[i] == 0) continue;
      const double w = scale * static_cast<double>(bar.values[i]);
      svg << "<rect x=\"" << number(x) << "\" y=\"" << number(y) << "\" width=\"" << number(std::max(w, 1.0))
          << "\" height=\"" << number(kBar) << "\" fill=\""
          << htmlEscape(i < series.size() ? series[i].color : std::string("#888888")) << "\"/>";
      x += w;
    }
    svg << "<text x=\"" << number(x + 6) << "\" y=\"" << number(y + kBar - 3) << "\" fill=\"#5d6875\">"
        << total << "</text></g>";
  }
  svg << "</svg>";
  return svg.str();
}

std::string lineChartSvg(const std::vector<LinePoint>& points, std::string_view title,
                         std::string_view y_label) {
  constexpr double kWidth = 680, kHeight = 230, kLeft = 48, kRight = 44, kTop = 16, kBottom = 44;
  const double plot_w = kWidth - kLeft - kRight, plot_h = kHeight - kTop - kBottom;
  double max_value = 0;
  for (const LinePoint& p : points) max_value = std::max(max_value, p.value);
  const double y_max = niceCeiling(max_value);
  auto xAt = [&](std::size_t i) {
    return points.size() < 2
               ? kLeft + plot_w / 2
               : kLeft + plot_w * static_cast<double>(i) / static_cast<double>(points.size() - 1);
  };
  auto yAt = [&](double v) { return kTop + plot_h * (1 - v / y_max); };

  std::ostringstream svg;
  svg << svgOpen(kWidth, kHeight, title);
  for (int tick = 0; tick <= 4; ++tick) {
    const double v = y_max * tick / 4;
    svg << "<line x1=\"" << number(kLeft) << "\" x2=\"" << number(kWidth - kRight) << "\" y1=\""
        << number(yAt(v)) << "\" y2=\"" << number(yAt(v)) << "\" stroke=\"" << (tick ? "#eef0f3" : "#c9ced6")
        << "\"/><text x=\"" << number(kLeft - 6) << "\" y=\"" << number(yAt(v) + 4)
        << "\" text-anchor=\"end\" fill=\"#5d6875\">" << number(v) << "</text>";
  }
  const std::string middle = number(kTop + plot_h / 2);
  svg << "<text x=\"12\" y=\"" << middle << "\" transform=\"rotate(-90 12 " << middle
      << ")\" text-anchor=\"middle\" fill=\"#5d6875\">" << htmlEscape(y_label) << "</text>";
  // Centred x labels, every k-th point: k is the smallest step that leaves a gap between neighbours. The
  // last point is always labelled; when it falls too close after a labelled one, that one gives way.
  double label_width = 0;
  for (const LinePoint& p : points) label_width = std::max(label_width, estimatedTextWidth(p.label));
  const double room = label_width + 10;
  const double step = points.size() < 2 ? plot_w : plot_w / static_cast<double>(points.size() - 1);
  const auto every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(room / step)));
  std::vector<std::size_t> labelled;
  for (std::size_t i = 0; i < points.size(); i += every) labelled.push_back(i);
  if (!labelled.empty() && labelled.back() + 1 != points.size()) {
    if (labelled.size() > 1 && xAt(points.size() - 1) - xAt(labelled.back()) < room) labelled.pop_back();
    labelled.push_back(points.size() - 1);
  }
  for (std::size_t i : labelled) {
    svg << "<text class=\"x\" x=\"" << number(xAt(i)) << "\" y=\"" << number(kHeight - kBottom + 18)
        << "\" text-anchor=\"middle\" fill=\"#5d6875\">" << htmlEscape(points[i].label) << "</text>";
  }
  if (points.size() > 1) {
    svg << "<polyline fill=\"none\" stroke=\"#2451a6\" stroke-width=\"2\" points=\"";
    for (std::size_t i = 0; i < points.size(); ++i)
      svg << (i ? " " : "") << number(xAt(i)) << ',' << number(yAt(points[i].value));
    svg << "\"/>";
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    svg << "<circle cx=\"" << number(xAt(i)) << "\" cy=\"" << number(yAt(points[i].value))
        << "\" r=\"3.5\" fill=\"#2451a6\"><title>" << htmlEscape(points[i].label) << ": "
        << number(points[i].value) << "</title></circle>";
  }
  svg << "</svg>";
  return svg.str();
}

}  // namespace concord::report
