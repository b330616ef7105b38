#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "checker/style_report/results.h"

namespace concord::report {

struct CountRow {
  std::string key;  ///< a category or a rule id
  SeverityCounts counts;
};

/// One spelling that drifts from the house style: the variant seen in copy and the form it should be.
struct DriftRow {
  std::string variant;
  std::string preferred;
  std::string category;
  std::size_t count = 0;
  std::vector<std::size_t> articles;  ///< indices into ResultSet::articles, ascending, unique
};

struct ArticleRow {
  std::size_t article = 0;
  SeverityCounts counts;
  std::vector<CountRow> rules;  ///< its rules, most findings first
};

/// Findings per period (a day, or a month when the dates span more than kDailyTrendDays; or the unit asked).
struct TrendPoint {
  std::string period;  ///< "2026-03-14", "2026-W11" (ISO week) or "2026-03"
  std::size_t articles = 0;
  SeverityCounts counts;
  double perArticle() const { return articles ? static_cast<double>(counts.total()) / articles : 0.0; }
};

inline constexpr int kDailyTrendDays = 62;

/// Which findings name a spelling: those of these categories, at warning or error, whose suggestion replaces
/// letters.
inline constexpr std::array<std::string_view, 4> kSpellingCategories{"consistency", "spelling", "terminology",
                                                                     "transliteration"};

struct Summary {
  std::size_t articles = 0;
  std::size_t failed_articles = 0;  ///< pairs whose check failed (bad file…)
  std::size_t clean_articles = 0;   ///< checked, no finding
  SeverityCounts totals;
  std::vector<CountRow> categories;  ///< most findings first, then by name
  std::vector<CountRow> rules;       ///< most findings first, then by id
  std::vector<DriftRow> drift;       ///< most frequent first
  std::vector<ArticleRow> worst;     ///< most errors, then warnings, then infos; only articles with findings
  std::vector<TrendPoint> trend;     ///< chronological; empty when no article has a date
  std::string trend_unit;            ///< "day", "week" or "month"
  std::size_t undated_articles = 0;
};

/// Counts everything the style-guide report shows. `top` limits the drift and worst-article lists
/// (0: no limit); counts per category and rule are never cut. `trend_unit` is "day", "week" (ISO weeks) or
/// "month"; empty: by day, or by month when the dates span more than kDailyTrendDays.
Summary aggregate(const ResultSet& results, std::size_t top, std::string_view trend_unit = {});

}  // namespace concord::report
