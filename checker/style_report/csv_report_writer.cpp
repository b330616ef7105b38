#include "checker/model/error.h"
#include "checker/style_report/report_writers.h"

namespace concord::report {
namespace {

void row(std::ostream& out, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out << ',';
    out << csvField(f);
    first = false;
  }
  out << "\r\n";
}

std::string count(std::size_t n) { return std::to_string(n); }

void countRows(std::ostream& out, const char* key, const std::vector<CountRow>& rows) {
  row(out, {key, "findings", "errors", "warnings", "infos"});
  for (const CountRow& r : rows)
    row(out, {r.key, count(r.counts.total()), count(r.counts[Severity::error]),
              count(r.counts[Severity::warning]), count(r.counts[Severity::info])});
}

}  // namespace

void writeReportCsv(const ReportInput& input, std::string_view table, std::ostream& out) {
  const ResultSet& results = input.results;
  const Summary& s = input.summary;
  if (table == "findings") {
    row(out, {"date", "source_path", "target_path", "rule", "category", "severity", "side", "line", "text",
              "suggestion", "message"});
    for (const FindingRecord& f : results.findings) {
      const ArticleResult& a = results.articles[f.article];
      row(out, {a.date.value_or(""), a.source_path, a.target_path, f.rule, f.category,
                std::string(severityName(f.severity)), f.side, f.line ? count(f.line) : "", f.text,
                f.suggestion.value_or(""), f.message});
    }
  } else if (table == "categories") {
    countRows(out, "category", s.categories);
  } else if (table == "rules") {
    countRows(out, "rule", s.rules);
  } else if (table == "drift") {
    row(out, {"variant", "preferred", "category", "count", "articles"});
    for (const DriftRow& d : s.drift)
      row(out, {d.variant, d.preferred, d.category, count(d.count),
                articleList(results, d.articles, d.articles.size())});
  } else if (table == "articles") {
    row(out, {"date", "source_path", "target_path", "findings", "errors", "warnings", "infos", "error"});
    for (const ArticleRow& w : s.worst) {
      const ArticleResult& a = results.articles[w.article];
      row(out, {a.date.value_or(""), a.source_path, a.target_path, count(w.counts.total()),
                count(w.counts[Severity::error]), count(w.counts[Severity::warning]),
                count(w.counts[Severity::info]), ""});
    }
    for (const ArticleResult& a : results.articles)
      if (a.error) row(out, {a.date.value_or(""), a.source_path, a.target_path, "", "", "", "", *a.error});
  } else if (table == "trend") {
    row(out, {s.trend_unit.empty() ? "period" : s.trend_unit, "articles", "findings", "errors", "warnings",
              "infos", "findings_per_article"});
    for (const TrendPoint& p : s.trend) {
      char per[32];
      std::snprintf(per, sizeof per, "%.2f", p.perArticle());
      row(out, {p.period, count(p.articles), count(p.counts.total()), count(p.counts[Severity::error]),
                count(p.counts[Severity::warning]), count(p.counts[Severity::info]), per});
    }
  } else {
    throw UserError("unknown CSV table '" + std::string(table) +
                    "' (findings, categories, rules, drift, articles, trend)");
  }
}

}  // namespace concord::report
