#include <cstdio>

#include "checker/assets/html_assets.h"
#include "checker/output/html_escape.h"
#include "checker/style_report/report_writers.h"
#include "checker/style_report/svg_chart.h"

namespace concord::report {
namespace {

const std::vector<Series> kSeveritySeries{
    {"errors", "#b42318"}, {"warnings", "#d08a00"}, {"infos", "#1f5fa8"}};

std::vector<Bar> severityBars(const std::vector<CountRow>& rows) {
  std::vector<Bar> bars;
  for (const CountRow& r : rows)
    bars.push_back(
        {r.key, {r.counts[Severity::error], r.counts[Severity::warning], r.counts[Severity::info]}});
  return bars;
}

std::string cell(std::string_view text, const char* cls = nullptr) {
  return std::string("<td") + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" + htmlEscape(text) +
         "</td>";
}
std::string num(std::size_t n) { return "<td class=\"num\">" + std::to_string(n) + "</td>"; }

std::string countTable(const char* key, const std::vector<CountRow>& rows) {
  std::string html = std::string("<table><thead><tr><th>") + key +
                     "</th><th class=\"num\">findings</th><th class=\"num\">errors</th><th "
                     "class=\"num\">warnings</th><th class=\"num\">infos</th></tr></thead><tbody>";
  for (const CountRow& r : rows)
    html += "<tr>" + cell(r.key) + num(r.counts.total()) + num(r.counts[Severity::error]) +
            num(r.counts[Severity::warning]) + num(r.counts[Severity::info]) + "</tr>";
  return html + "</tbody></table>";
}

std::string card(std::size_t value, const char* label) {
  return "<div class=\"card\"><b>" + std::to_string(value) + "</b><span>" + label + "</span></div>";
}

}  // namespace

void writeReportHtml(const ReportInput& input, std::ostream& out) {
  const ResultSet& results = input.results;
  const Summary& s = input.summary;
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
      "content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" "
      "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>Concord style-guide "
      "report</title>\n<style>\n";
  html += html_assets::kReportCss;
  html += "</style>\n</head>\n<body>\n<main>\n<h1>Style-guide report</h1>\n<p class=\"lede\">" +
          std::to_string(s.articles) + " article" + (s.articles == 1 ? "" : "s") + " from <code>" +
          htmlEscape(input.origin) + "</code>";
  if (!s.trend.empty())
    html += ", " + htmlEscape(s.trend.front().period) + " to " + htmlEscape(s.trend.back().period);
  // The shared folder, unless it is what the user named.
  if (!results.label_prefix.empty() && results.label_prefix != input.origin &&
      results.label_prefix != input.origin + "/")
    html += "; article paths below are under <code>" + htmlEscape(results.label_prefix) + "</code>";
  html += "</p>\n<div class=\"cards\">" + card(s.totals.total(), "findings") +
          card(s.totals[Severity::error], "errors") + card(s.totals[Severity::warning], "warnings") +
          card(s.totals[Severity::info], "infos") + card(s.clean_articles, "clean articles");
  if (s.failed_articles) html += card(s.failed_articles, "could not be checked");
  html += "</div>\n";

  html += "<section id=\"categories\"><h2>Findings by category</h2>";
  if (s.categories.empty())
    html += "<p class=\"note\">No findings.</p>";
  else
    html += barChartSvg(severityBars(s.categories), kSeveritySeries, "Findings by category") +
            countTable("category", s.categories);
  html += "</section>\n<section id=\"rules\"><h2>Findings by rule</h2>";
  if (s.rules.empty())
    html += "<p class=\"note\">No findings.</p>";
  else
    html +=
        barChartSvg(severityBars(s.rules), kSeveritySeries, "Findings by rule") + countTable("rule", s.rules);
  html += "</section>\n";

  html += "<section id=\"drift\"><h2>Spellings that drift most</h2>";
  if (s.drift.empty()) {
    html +=
        "<p class=\"note\">No spelling, transliteration or terminology finding with a suggested form.</p>";
  } else {
    std::vector<Bar> bars;
    for (const DriftRow& d : s.drift) bars.push_back({d.variant + " → " + d.preferred, {d.count}});
    html += barChartSvg(bars, {{"findings", "#b42318"}}, "Spellings that drift most") +
            "<table><thead><tr><th>variant</th><th>preferred</th><th>category</th><th "
            "class=\"num\">times</th><th "
            "class=\"num\">articles</th><th>in</th></tr></thead><tbody>";
    for (const DriftRow& d : s.drift)
      html += "<tr>" + cell(d.variant, "variant") + cell(d.preferred, "preferred") + cell(d.category) +
              num(d.count) + num(d.articles.size()) + cell(articleList(results, d.articles, 6), "articles") +
              "</tr>";
    html += "</tbody></table>";
  }
  html += "</section>\n<section id=\"worst\"><h2>Articles with the most findings</h2>";
  if (s.worst.empty()) {
    html += "<p class=\"note\">Every article is clean.</p>";
  } else {
    html +=
        "<table><thead><tr><th>article</th><th>date</th><th class=\"num\">errors</th><th "
        "class=\"num\">warnings</th><th class=\"num\">infos</th><th>main rules</th></tr></thead><tbody>";
    for (const ArticleRow& w : s.worst) {
      const ArticleResult& a = results.articles[w.article];
      std::string rules;
      for (std::size_t i = 0; i < w.rules.size() && i < 3; ++i)
        rules += (i ? ", " : "") + w.rules[i].key + " ×" + std::to_string(w.rules[i].counts.total());
      html += "<tr>" + cell(articleLabel(results, a), "path") + cell(a.date.value_or(""), "date") +
              num(w.counts[Severity::error]) + num(w.counts[Severity::warning]) +
              num(w.counts[Severity::info]) + cell(rules, "articles") + "</tr>";
    }
    html += "</tbody></table>";
  }
  html += "</section>\n<section id=\"trend\"><h2>Trend</h2>";
  if (s.trend.empty()) {
    html +=
        "<p class=\"note\">No article has a date (a YYYY-MM-DD in its name or folder, its file date, or the "
        "\"date\" of its results).</p>";
  } else {
    std::vector<LinePoint> points;
    for (const TrendPoint& p : s.trend) points.push_back({p.period, p.perArticle()});
    html +=
        lineChartSvg(points, "Findings per article by " + s.trend_unit, "findings per article") +
        "<table><thead><tr><th>" + s.trend_unit +
        "</th><th class=\"num\">articles</th><th class=\"num\">findings</th><th class=\"num\">errors</th><th "
        "class=\"num\">per article</th></tr></thead><tbody>";
    for (const TrendPoint& p : s.trend) {
      char per[32];
      std::snprintf(per, sizeof per, "%.2f", p.perArticle());
      html += "<tr>" + cell(p.period, "date") + num(p.articles) + num(p.counts.total()) +
              num(p.counts[Severity::error]) + "<td class=\"num\">" + per + "</td></tr>";
    }
    html += "</tbody></table>";
    if (s.undated_articles)
      html += "<p class=\"note\">" + std::to_string(s.undated_articles) +
              " article(s) without a date are not in the trend.</p>";
  }
  html += "</section>\n";
  if (s.failed_articles) {
    html += "<section id=\"problems\"><h2>Not checked</h2><table><tbody>";
    for (const ArticleResult& a : results.articles)
      if (a.error)
        html += "<tr class=\"error-row\">" + cell(articleLabel(results, a)) + cell(*a.error) + "</tr>";
    html += "</tbody></table></section>\n";
  }
  html += "</main>\n</body>\n</html>\n";
  out << html;
}

}  // namespace concord::report
