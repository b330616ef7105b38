// End to end on corpora/<article>/: the real binary, all rules, compared with expected.tsv.
// expected.tsv rows are required for every category that has at least one rule today, and every finding at
// warning or above must match a row: same category, line and side, text overlapping the row's text, and the
// row's suggestion when it has one. So the test grows stricter as rules land.
#include <filesystem>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {
namespace fs = std::filesystem;

struct ExpectedRow {
  std::string category, side;
  int line = 0;
  std::string text, suggestion, note;
};

std::vector<ExpectedRow> readExpected(const fs::path& path) {
  std::vector<ExpectedRow> rows;
  std::istringstream in(readFile(path.string()));
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> cols;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      cols.push_back(line.substr(start, tab - start));
    }
    cols.push_back(line.substr(start));
    cols.resize(6);
    rows.push_back({cols[0], cols[1], std::stoi(cols[2]), cols[3], cols[4], cols[5]});
  }
  return rows;
}

bool textsOverlap(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

bool matches(const ExpectedRow& row, const nlohmann::json& finding) {
  const auto& place = finding[row.side];
  if (finding["category"] != row.category || place.is_null() || place["line"] != row.line) return false;
  if (!textsOverlap(place["text"].get<std::string>(), row.text)) return false;
  if (!row.suggestion.empty() && finding["suggestion"] != row.suggestion) return false;
  return true;
}

std::set<std::string> implementedCategories() {
  std::set<std::string> categories;
  for (const auto& rule : nlohmann::json::parse(runConcord({"rules", "--format", "json"}).out)) {
    categories.insert(rule["category"].get<std::string>());
  }
  return categories;
}

fs::path findFile(const fs::path& dir, const std::string& prefix) {
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path();
  }
  return {};
}

class Corpus : public ::testing::TestWithParam<std::string> {};

TEST_P(Corpus, ReportsExactlyTheExpectedFindings) {
  const fs::path dir = repoPath("corpora/" + GetParam());
  const auto r = runConcord({"check", findFile(dir, "source.").string(), findFile(dir, "target.").string(),
                             "--format", "json", "--fail-on", "never"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto report = nlohmann::json::parse(r.out);
  const auto categories = implementedCategories();
  const auto rows = readExpected(dir / "expected.tsv");

  std::vector<bool> used(report["findings"].size(), false);
  for (const ExpectedRow& row : rows) {
    if (!categories.count(row.category)) continue;
    bool found = false;
    for (std::size_t i = 0; i < report["findings"].size(); ++i) {
      if (!used[i] && matches(row, report["findings"][i])) {
        used[i] = found = true;
        break;
      }
    }
    EXPECT_TRUE(found) << "missing: " << row.category << " line " << row.line << " “" << row.text << "”"
                       << (row.suggestion.empty() ? "" : " → " + row.suggestion);
  }
  for (std::size_t i = 0; i < report["findings"].size(); ++i) {
    const auto& f = report["findings"][i];
    if (used[i] || f["severity"] == "info") continue;
    ADD_FAILURE() << "unexpected finding: " << f.dump();
  }
}

std::vector<std::string> corpusArticles() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(repoPath("corpora"))) {
    if (e.is_directory() && fs::exists(e.path() / "expected.tsv"))
      names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Corpora, Corpus, ::testing::ValuesIn(corpusArticles()), [](const auto& info) {
  std::string n = info.param;
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
});

}  // namespace
}  // namespace concord::testing
