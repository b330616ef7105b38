// Quoting in the report's CSV and Markdown output.
#include "checker/style_report/report_writers.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "checker/output/jsonl_reporter.h"

namespace concord::report {
namespace {

TEST(ReportCsv, QuotesPerRfc4180) {
  EXPECT_EQ(csvField("Kyiv"), "Kyiv");
  EXPECT_EQ(csvField("Kyiv, Ukraine"), "\"Kyiv, Ukraine\"");
  EXPECT_EQ(csvField("he said \"no\""), "\"he said \"\"no\"\"\"");
  EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csvField("«Київ»"), "«Київ»");
  EXPECT_EQ(csvField(""), "");
}

TEST(ReportCsv, DefusesSpreadsheetFormulasButNotNegativeNumbers) {
  EXPECT_EQ(csvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csvField("+1"), "'+1");
  EXPECT_EQ(csvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csvField("-cmd"), "'-cmd");
  EXPECT_EQ(csvField("-5"), "-5");
}

TEST(ReportCsv, FindingsTableHasAHeaderAndOneCrlfRowPerFinding) {
  const std::string jsonl =
      R"({"type":"finding","source_path":"a.fr.txt","target_path":"a.en.txt","rule":"transliteration/x","severity":"warning","message":"Use \"Kyiv\", not Kiev","side":"target","target":{"line":4,"text":"Kiev"},"suggestion":"Kyiv"})"
      "\n"
      R"({"type":"pair","source_path":"a.fr.txt","target_path":"a.en.txt","date":"2026-03-02","error":null})"
      "\n";
  std::istringstream in(jsonl);
  BatchReport report;
  readJsonl(in, "r", report);
  const ResultSet results = resultSet(report);
  const Summary summary = aggregate(results, 0);
  std::ostringstream out;
  writeReportCsv({results, summary, "r"}, "findings", out);
  EXPECT_EQ(out.str(),
            "date,source_path,target_path,rule,category,severity,side,line,text,suggestion,message\r\n"
            "2026-03-02,a.fr.txt,a.en.txt,transliteration/x,transliteration,warning,target,4,Kiev,Kyiv,"
            "\"Use \"\"Kyiv\"\", not Kiev\"\r\n");
  std::ostringstream drift;
  writeReportCsv({results, summary, "r"}, "drift", drift);
  EXPECT_EQ(drift.str(),
            "variant,preferred,category,count,articles\r\nKiev,Kyiv,transliteration,1,a.en.txt\r\n");
}

TEST(ReportMarkdown, CellsCannotBreakTheTableOrInjectHtml) {
  EXPECT_EQ(markdownCell("a|b"), "a\\|b");
  EXPECT_EQ(markdownCell("<script>"), "\\<script\\>");
  EXPECT_EQ(markdownCell("two\nlines"), "two lines");
  EXPECT_EQ(markdownCell("*bold* _x_ `c`"), "\\*bold\\* \\_x\\_ \\`c\\`");
}

}  // namespace
}  // namespace concord::report
