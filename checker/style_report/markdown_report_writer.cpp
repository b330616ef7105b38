#include <cstdio>

#include "checker/style_report/report_writers.h"

namespace concord::report {
namespace {

std::string n(std::size_t value) { return std::to_string(value); }

void countTable(std::string& md, const char* key, const std::vector<CountRow>& rows) {
  md += std::string("| ") + key + " | findings | errors | warnings | infos |\n|---|--:|--:|--:|--:|\n";
  for (const CountRow& r : rows)
    md += "| " + markdownCell(r.key) + " | " + n(r.counts.total()) + " | " + n(r.counts[Severity::error]) +
          " | " + n(r.counts[Severity::warning]) + " | " + n(r.counts[Severity::info]) + " |\n";
}

}  // namespace

void writeReportMarkdown(const ReportInput& input, std::ostream& out) {
  const ResultSet& results = input.results;
  const Summary& s = input.summary;
  std::string md = "# Style-guide report\n\n" + n(s.articles) + " article" + (s.articles == 1 ? "" : "s") +
                   " from `" + input.origin + "`";
  if (!s.trend.empty()) md += ", " + s.trend.front().period + " to " + s.trend.back().period;
  md += ": " + n(s.totals.total()) + " findings (" + n(s.totals[Severity::error]) + " errors, " +
        n(s.totals[Severity::warning]) + " warnings, " + n(s.totals[Severity::info]) + " infos), " +
        n(s.clean_articles) + " clean article" + (s.clean_articles == 1 ? "" : "s");
  if (s.failed_articles) md += ", " + n(s.failed_articles) + " could not be checked";
  md += ".\n\n## Findings by category\n\n";
  if (s.categories.empty())
    md += "No findings.\n";
  else
    countTable(md, "category", s.categories);
  md += "\n## Findings by rule\n\n";
  if (s.rules.empty())
    md += "No findings.\n";
  else
    countTable(md, "rule", s.rules);

  md += "\n## Spellings that drift most\n\n";
  if (s.drift.empty()) {
    md += "No spelling, transliteration or terminology finding with a suggested form.\n";
  } else {
    md += "| variant | preferred | category | times | articles | in |\n|---|---|---|--:|--:|---|\n";
    for (const DriftRow& d : s.drift)
      md += "| " + markdownCell(d.variant) + " | " + markdownCell(d.preferred) + " | " +
            markdownCell(d.category) + " | " + n(d.count) + " | " + n(d.articles.size()) + " | " +
            markdownCell(articleList(results, d.articles, 6)) + " |\n";
  }
  md += "\n## Articles with the most findings\n\n";
  if (s.worst.empty()) {
    md += "Every article is clean.\n";
  } else {
    md += "| article | date | errors | warnings | infos | main rules |\n|---|---|--:|--:|--:|---|\n";
    for (const ArticleRow& w : s.worst) {
      const ArticleResult& a = results.articles[w.article];
      std::string rules;
      for (std::size_t i = 0; i < w.rules.size() && i < 3; ++i)
        rules += (i ? ", " : "") + w.rules[i].key + " ×" + n(w.rules[i].counts.total());
      md += "| " + markdownCell(articleLabel(results, a)) + " | " + markdownCell(a.date.value_or("")) +
            " | " + n(w.counts[Severity::error]) + " | " + n(w.counts[Severity::warning]) + " | " +
            n(w.counts[Severity::info]) + " | " + markdownCell(rules) + " |\n";
    }
  }
  md += "\n## Trend\n\n";
  if (s.trend.empty()) {
    md += "No article has a date.\n";
  } else {
    md += "| " + s.trend_unit + " | articles | findings | errors | per article |\n|---|--:|--:|--:|--:|\n";
    for (const TrendPoint& p : s.trend) {
      char per[32];
      std::snprintf(per, sizeof per, "%.2f", p.perArticle());
      md += "| " + p.period + " | " + n(p.articles) + " | " + n(p.counts.total()) + " | " +
            n(p.counts[Severity::error]) + " | " + per + " |\n";
    }
  }
  if (s.failed_articles) {
    md += "\n## Not checked\n\n";
    for (const ArticleResult& a : results.articles)
      if (a.error) md += "- " + markdownCell(articleLabel(results, a)) + ": " + markdownCell(*a.error) + "\n";
  }
  out << md;
}

}  // namespace concord::report
