#include "checker/style_report/aggregate.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "checker/model/unicode_text.h"

namespace concord::report {
namespace {

// Most findings first; ties by worst severity, then by name so the order never depends on input order.
void sortRows(std::vector<CountRow>& rows) {
  std::sort(rows.begin(), rows.end(), [](const CountRow& a, const CountRow& b) {
    if (a.counts.total() != b.counts.total()) return a.counts.total() > b.counts.total();
    if (a.counts[Severity::error] != b.counts[Severity::error])
      return a.counts[Severity::error] > b.counts[Severity::error];
    return a.key < b.key;
  });
}

std::vector<CountRow> toRows(const std::map<std::string, SeverityCounts>& counts) {
  std::vector<CountRow> rows;
  for (const auto& [key, c] : counts) rows.push_back({key, c});
  sortRows(rows);
  return rows;
}

bool isSpellingFinding(const FindingRecord& f) {
  if (!f.suggestion || f.text.empty() || *f.suggestion == f.text) return false;
  // Info is the rules' "unsure" (a German Weselsky that might be a drifted Veselsky): a desk chief's list of
  // drifting spellings holds only what the rules are sure of.
  if (f.severity == Severity::info) return false;
  if (std::find(kSpellingCategories.begin(), kSpellingCategories.end(), f.category) ==
      kSpellingCategories.end())
    return false;
  // A spelling has letters; a suggestion that only swaps punctuation or digits is not one.
  for (std::size_t i = 0; i < f.text.size();) {
    std::size_t length = 0;
    const char32_t cp = codePointAt(f.text, i, &length);
    if (isLetter(cp)) return true;
    i += std::max<std::size_t>(length, 1);
  }
  return false;
}

std::optional<std::chrono::sys_days> parseDay(const std::string& date) {
  if (date.size() < 10) return std::nullopt;
  try {
    const std::chrono::year_month_day day{
        std::chrono::year(std::stoi(date.substr(0, 4))),
        std::chrono::month(static_cast<unsigned>(std::stoi(date.substr(5, 2)))),
        std::chrono::day(static_cast<unsigned>(std::stoi(date.substr(8, 2))))};
    if (!day.ok()) return std::nullopt;
    return std::chrono::sys_days{day};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// "2026-W45": the ISO 8601 week (Monday to Sunday) of `day`, numbered in the year its Thursday falls in.
std::string isoWeek(std::chrono::sys_days day) {
  using namespace std::chrono;
  const sys_days thursday = day - (weekday(day) - Monday) + days(3);
  const year iso_year = year_month_day(thursday).year();
  const auto week = (thursday - sys_days(iso_year / January / 1)).count() / 7 + 1;
  char text[16];
  std::snprintf(text, sizeof text, "%04d-W%02d", static_cast<int>(iso_year), static_cast<int>(week));
  return text;
}

void buildTrend(const ResultSet& results, const std::vector<SeverityCounts>& per_article,
                std::string_view trend_unit, Summary& summary) {
  std::vector<std::pair<std::chrono::sys_days, std::size_t>> dated;
  for (std::size_t i = 0; i < results.articles.size(); ++i) {
    const auto& a = results.articles[i];
    const auto day = a.date ? parseDay(*a.date) : std::nullopt;
    if (day && !a.error)
      dated.push_back({*day, i});
    else if (!a.error)
      ++summary.undated_articles;
  }
  if (dated.empty()) return;
  std::sort(dated.begin(), dated.end());
  const auto span = (dated.back().first - dated.front().first).count();
  summary.trend_unit = !trend_unit.empty()      ? std::string(trend_unit)
                       : span > kDailyTrendDays ? "month"
                                                : "day";
  std::map<std::string, TrendPoint> points;
  for (const auto& [day, index] : dated) {
    const std::string date = *results.articles[index].date;
    const std::string period = summary.trend_unit == "month"  ? date.substr(0, 7)
                               : summary.trend_unit == "week" ? isoWeek(day)
                                                              : date.substr(0, 10);
    TrendPoint& p = points[period];
    p.period = period;
    ++p.articles;
    p.counts.errors += per_article[index].errors;
    p.counts.warnings += per_article[index].warnings;
    p.counts.infos += per_article[index].infos;
  }
  for (auto& [period, point] : points) summary.trend.push_back(point);
}

}  // namespace

Summary aggregate(const ResultSet& results, std::size_t top, std::string_view trend_unit) {
  Summary summary;
  summary.articles = results.articles.size();
  std::map<std::string, SeverityCounts> categories, rules;
  std::vector<SeverityCounts> per_article(results.articles.size());
  std::vector<std::map<std::string, SeverityCounts>> rules_per_article(results.articles.size());
  std::map<std::pair<std::string, std::string>, DriftRow> drift;

  for (const FindingRecord& f : results.findings) {
    summary.totals.add(f.severity);
    categories[f.category].add(f.severity);
    rules[f.rule].add(f.severity);
    per_article[f.article].add(f.severity);
    rules_per_article[f.article][f.rule].add(f.severity);
    if (isSpellingFinding(f)) {
      DriftRow& row = drift[{f.text, *f.suggestion}];
      row.variant = f.text;
      row.preferred = *f.suggestion;
      row.category = f.category;
      ++row.count;
      if (std::find(row.articles.begin(), row.articles.end(), f.article) == row.articles.end())
        row.articles.push_back(f.article);
    }
  }
  summary.categories = toRows(categories);
  summary.rules = toRows(rules);

  for (auto& [key, row] : drift) {
    std::sort(row.articles.begin(), row.articles.end());
    summary.drift.push_back(std::move(row));
  }
  std::stable_sort(summary.drift.begin(), summary.drift.end(), [](const DriftRow& a, const DriftRow& b) {
    if (a.count != b.count) return a.count > b.count;
    return a.articles.size() > b.articles.size();
  });
  if (top && summary.drift.size() > top) summary.drift.resize(top);

  for (std::size_t i = 0; i < results.articles.size(); ++i) {
    if (results.articles[i].error) {
      ++summary.failed_articles;
      continue;
    }
    if (per_article[i].total() == 0) {
      ++summary.clean_articles;
      continue;
    }
    summary.worst.push_back({i, per_article[i], toRows(rules_per_article[i])});
  }
  std::stable_sort(summary.worst.begin(), summary.worst.end(), [](const ArticleRow& a, const ArticleRow& b) {
    for (Severity s : {Severity::error, Severity::warning, Severity::info})
      if (a.counts[s] != b.counts[s]) return a.counts[s] > b.counts[s];
    return false;
  });
  if (top && summary.worst.size() > top) summary.worst.resize(top);

  buildTrend(results, per_article, trend_unit, summary);
  return summary;
}

}  // namespace concord::report
