// The style-guide report: its view of JSON Lines results, and the counts it shows.
#include <sstream>

#include <gtest/gtest.h>

#include "checker/model/error.h"
#include "checker/output/jsonl_reporter.h"
#include "checker/style_report/aggregate.h"

namespace concord::report {
namespace {

std::string finding(const std::string& target, const std::string& rule, const std::string& severity,
                    const std::string& text, const std::string& suggestion = "") {
  nlohmann::json record = {
      {"type", "finding"},
      {"source_path", target + ".fr.txt"},
      {"target_path", target + ".en.txt"},
      {"source_lang", "fr"},
      {"target_lang", "en"},
      {"rule", rule},
      {"category", rule.substr(0, rule.find('/'))},
      {"severity", severity},
      {"message", "m"},
      {"side", "target"},
      {"target", {{"line", 3}, {"column", 1}, {"end_line", 3}, {"end_column", 5}, {"text", text}}},
      {"source", nullptr},
      {"suggestion", suggestion.empty() ? nlohmann::json(nullptr) : nlohmann::json(suggestion)},
      {"confidence", 1.0},
      {"notes", nlohmann::json::array()}};
  return record.dump() + "\n";
}

std::string pair(const std::string& target, const char* date, const char* error = nullptr) {
  nlohmann::json record = {{"type", "pair"},
                           {"source_path", target + ".fr.txt"},
                           {"target_path", target + ".en.txt"},
                           {"source_lang", "fr"},
                           {"target_lang", "en"},
                           {"date", date ? nlohmann::json(date) : nlohmann::json(nullptr)},
                           {"summary", {{"errors", 0}, {"warnings", 0}, {"infos", 0}}},
                           {"error", error ? nlohmann::json(error) : nlohmann::json(nullptr)}};
  return record.dump() + "\n";
}

// Results as `concord report results.jsonl` reads them (main's JSON Lines reader).
BatchReport parse(const std::string& text) {
  std::istringstream in(text);
  BatchReport report;
  readJsonl(in, "results.jsonl", report);
  return report;
}

Summary summarize(const std::string& text, std::size_t top) {
  const BatchReport report = parse(text);
  return aggregate(resultSet(report), top);
}

// Three articles: a has 3 findings, b has 2, c is clean, d could not be checked.
std::string sample() {
  return finding("a", "transliteration/cyrillic-names", "warning", "Bachmout", "Bakhmut") +
         finding("a", "transliteration/cyrillic-names", "warning", "Kiev", "Kyiv") +
         finding("a", "quotes/unbalanced", "error", "“") + pair("a", "2026-03-02") +
         finding("b", "transliteration/cyrillic-names", "warning", "Kiev", "Kyiv") +
         finding("b", "numbers/changed", "info", "1.500", "1,500") + pair("b", "2026-03-01") +
         pair("c", "2026-03-02") + pair("d", nullptr, "d.en.txt: empty file");
}

TEST(ReportResults, ViewsEveryFindingWithItsPair) {
  const BatchReport report = parse(sample());
  const ResultSet results = resultSet(report);
  ASSERT_EQ(results.articles.size(), 4u);
  EXPECT_EQ(results.findings.size(), 5u);
  EXPECT_EQ(results.articles[0].target_path, "a.en.txt");
  EXPECT_EQ(results.articles[0].date, "2026-03-02");
  EXPECT_EQ(results.articles[3].error, "d.en.txt: empty file");
  EXPECT_EQ(results.findings[1].article, 0u);
  EXPECT_EQ(results.findings[1].text, "Kiev");
  EXPECT_EQ(results.findings[1].suggestion, "Kyiv");
  EXPECT_EQ(results.findings[1].line, 3u);
  EXPECT_EQ(results.findings[1].category, "transliteration");
  EXPECT_EQ(results.findings[1].severity, Severity::warning);
  EXPECT_EQ(results.findings[3].article, 1u);
}

TEST(ReportAggregate, CountsPerCategoryAndRuleBySeverity) {
  const Summary s = summarize(sample(), 10);
  EXPECT_EQ(s.articles, 4u);
  EXPECT_EQ(s.totals.total(), 5u);
  EXPECT_EQ(s.totals[Severity::error], 1u);
  EXPECT_EQ(s.totals[Severity::warning], 3u);
  EXPECT_EQ(s.totals[Severity::info], 1u);
  ASSERT_EQ(s.categories.size(), 3u);
  EXPECT_EQ(s.categories[0].key, "transliteration");
  EXPECT_EQ(s.categories[0].counts.total(), 3u);
  EXPECT_EQ(s.categories[1].key, "quotes");  // 1 error beats 1 info
  EXPECT_EQ(s.categories[2].key, "numbers");
  ASSERT_EQ(s.rules.size(), 3u);
  EXPECT_EQ(s.rules[0].key, "transliteration/cyrillic-names");
  EXPECT_EQ(s.clean_articles, 1u);
  EXPECT_EQ(s.failed_articles, 1u);
}

TEST(ReportAggregate, DriftGroupsVariantAndPreferredFormAcrossArticles) {
  const Summary s = summarize(sample(), 10);
  // Numbers and quotes are not spellings; Kiev→Kyiv twice in two articles comes first.
  ASSERT_EQ(s.drift.size(), 2u);
  EXPECT_EQ(s.drift[0].variant, "Kiev");
  EXPECT_EQ(s.drift[0].preferred, "Kyiv");
  EXPECT_EQ(s.drift[0].count, 2u);
  EXPECT_EQ(s.drift[0].articles, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(s.drift[1].variant, "Bachmout");
  EXPECT_EQ(s.drift[1].count, 1u);
}

TEST(ReportAggregate, DriftLeavesOutSpellingsTheRulesAreUnsureOf) {
  const Summary s = summarize(finding("a", "transliteration/romanization", "info", "Weselsky", "Veselsky") +
                                  finding("a", "transliteration/house-style", "warning", "Kiev", "Kyiv") +
                                  pair("a", "2026-03-02"),
                              10);
  ASSERT_EQ(s.drift.size(), 1u);
  EXPECT_EQ(s.drift[0].variant, "Kiev");
  EXPECT_EQ(s.categories[0].counts.total(), 2u) << "the info finding still counts in its category";
}

TEST(ReportAggregate, WorstArticlesRankErrorsFirstAndSkipCleanOnes) {
  const Summary s = summarize(sample(), 10);
  ASSERT_EQ(s.worst.size(), 2u);
  EXPECT_EQ(s.worst[0].article, 0u);
  EXPECT_EQ(s.worst[0].counts[Severity::error], 1u);
  EXPECT_EQ(s.worst[0].rules[0].key, "transliteration/cyrillic-names");
  EXPECT_EQ(s.worst[1].article, 1u);
  EXPECT_EQ(summarize(sample(), 1).worst.size(), 1u);
}

TEST(ReportAggregate, TrendIsDailyForAShortSpanAndMonthlyForALongOne) {
  const Summary daily = summarize(sample(), 10);
  EXPECT_EQ(daily.trend_unit, "day");
  ASSERT_EQ(daily.trend.size(), 2u);
  EXPECT_EQ(daily.trend[0].period, "2026-03-01");
  EXPECT_EQ(daily.trend[0].articles, 1u);
  EXPECT_EQ(daily.trend[0].counts.total(), 2u);
  EXPECT_EQ(daily.trend[1].articles, 2u);  // a and the clean c
  EXPECT_DOUBLE_EQ(daily.trend[1].perArticle(), 1.5);
  EXPECT_EQ(daily.undated_articles, 0u);  // d failed: neither dated nor undated

  const Summary monthly = summarize(sample() + pair("e", "2026-07-20"), 10);
  EXPECT_EQ(monthly.trend_unit, "month");
  ASSERT_EQ(monthly.trend.size(), 2u);
  EXPECT_EQ(monthly.trend[0].period, "2026-03");
  EXPECT_EQ(monthly.trend[0].articles, 3u);
}

TEST(ReportAggregate, TrendByTheUnitAskedWeeksAreIsoWeeks) {
  // 2026-11-01 is a Sunday (week 44), 2026-11-02 a Monday (week 45); 2027-01-03 is still in 2026's week 53.
  const std::string text = pair("a", "2026-11-01") + pair("b", "2026-11-02") + pair("c", "2026-11-08") +
                           pair("d", "2027-01-03") + pair("e", "2027-01-04");
  const BatchReport report = parse(text);
  const Summary weekly = aggregate(resultSet(report), 10, "week");
  EXPECT_EQ(weekly.trend_unit, "week");
  std::vector<std::string> periods;
  for (const TrendPoint& p : weekly.trend) periods.push_back(p.period + "/" + std::to_string(p.articles));
  EXPECT_EQ(periods, (std::vector<std::string>{"2026-W44/1", "2026-W45/2", "2026-W53/1", "2027-W01/1"}));

  const Summary daily = aggregate(resultSet(report), 10, "day");  // past 62 days, yet by day as asked
  EXPECT_EQ(daily.trend_unit, "day");
  EXPECT_EQ(daily.trend.size(), 5u);
  EXPECT_EQ(aggregate(resultSet(report), 10, "month").trend.size(), 2u);  // 2026-11 and 2027-01
}

TEST(ReportAggregate, NoDatesNoTrend) {
  const Summary s = summarize(pair("a", nullptr) + pair("b", nullptr), 10);
  EXPECT_TRUE(s.trend.empty());
  EXPECT_EQ(s.undated_articles, 2u);
}

}  // namespace
}  // namespace concord::report
