// `concord check --history` and `concord report --history`: a month of dated articles, a batch killed
// mid-run, and the files a history refuses — through the real binary and SQLite's own checks.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <map>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/wait.h>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

// Three fr→en corpora stories, filed day after day as news/<yyyy>/<mm>/<dd>/<story>.{fr,en}.txt.
const std::vector<std::string> kStories = {"belgorod", "fr-lyon-storm", "mali-wagner"};

class HistoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = makeTempDir();
    db_ = dir_ + "/concord.db";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The `n`th story of kStories (in turn), filed under the date folders `day` ("2026/11/03").
  void fileStory(const std::string& day, std::size_t n) {
    const std::string story = kStories[n % kStories.size()];
    const std::string into = dir_ + "/news/" + day;
    fs::create_directories(into);
    fs::copy_file(repoPath("corpora/" + story + "/source.fr.txt"), into + "/" + story + ".fr.txt");
    fs::copy_file(repoPath("corpora/" + story + "/target.en.txt"), into + "/" + story + ".en.txt");
  }

  // Every day of November 2026, plus the days just outside it.
  void fileNovember() {
    fileStory("2026/10/31", 0);
    for (int day = 1; day <= 30; ++day) {
      char folder[16];
      std::snprintf(folder, sizeof folder, "2026/11/%02d", day);
      fileStory(folder, static_cast<std::size_t>(day));
    }
    fileStory("2026/12/01", 1);
  }

  std::vector<std::string> checkArgs() const {
    return {"check", dir_ + "/news", "--source-lang", "fr", "--target-lang", "en", "-j",
            "2",     "-q",           "--history",     db_};
  }

  std::string dir_;
  std::string db_;
};

// The data rows of a CSV table (its header line left out).
std::vector<std::string> csvRows(const std::string& csv) {
  std::vector<std::string> rows;
  std::size_t start = csv.find('\n') + 1;
  for (std::size_t end; (end = csv.find('\n', start)) != std::string::npos; start = end + 1)
    rows.push_back(csv.substr(start, end - start));
  return rows;
}

// A single-value query on the database, through SQLite itself (not Concord's code).
std::string sqlValue(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "open failed";
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt* statement = nullptr;
  std::string value = "prepare failed: " + std::string(sqlite3_errmsg(db));
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK) {
    value = sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0)
                ? reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))
                : "";
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

// Pairs recorded so far; 0 while the file or its tables do not exist yet.
int recordedPairs(const std::string& path) {
  if (!fs::exists(path)) return 0;
  const std::string count = sqlValue(path, "SELECT count(*) FROM pairs");
  return !count.empty() && std::isdigit(static_cast<unsigned char>(count[0])) ? std::stoi(count) : 0;
}

TEST_F(HistoryTest, AMonthOfDatedArticlesGivesOnePointPerDayOrWeek) {
  fileNovember();
  auto args = checkArgs();
  args.insert(args.end(), {"--format", "jsonl:" + dir_ + "/results.jsonl"});
  const ProcessResult check = runConcord(args);
  ASSERT_EQ(check.exit_code, 1) << check.err;
  EXPECT_EQ(sqlValue(db_, "SELECT count(*) FROM pairs"), "32");
  EXPECT_EQ(sqlValue(db_, "SELECT count(DISTINCT date_from) || date_from FROM pairs"), "1path");
  EXPECT_EQ(sqlValue(db_, "SELECT DISTINCT desk FROM pairs"), "news");

  const std::vector<std::string> month = {"report",     "--history", db_,          "--since",
                                          "2026-11-01", "--until",   "2026-11-30", "--format",
                                          "csv",        "--table",   "trend"};
  auto by = [&](const std::string& unit) {
    auto a = month;
    a.insert(a.end(), {"--by", unit});
    const ProcessResult run = runConcord(a);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return csvRows(run.out);
  };
  const auto days = by("day");
  ASSERT_EQ(days.size(), 30u);
  EXPECT_EQ(days.front().substr(0, 13), "2026-11-01,1,");
  EXPECT_EQ(days.back().substr(0, 13), "2026-11-30,1,");
  std::vector<std::string> weeks;
  for (const std::string& row : by("week")) weeks.push_back(row.substr(0, row.find(',', 9)));
  EXPECT_EQ(weeks, (std::vector<std::string>{"2026-W44,1", "2026-W45,7", "2026-W46,7", "2026-W47,7",
                                             "2026-W48,7", "2026-W49,1"}));
  const auto months = by("month");
  ASSERT_EQ(months.size(), 1u);
  EXPECT_EQ(months[0].substr(0, 11), "2026-11,30,");

  // Over the whole history, the same counts as the JSON Lines of the same run.
  for (const char* table : {"rules", "categories", "drift"}) {
    const ProcessResult from_history =
        runConcord({"report", "--history", db_, "--format", "csv", "--table", table});
    const ProcessResult from_jsonl =
        runConcord({"report", dir_ + "/results.jsonl", "--format", "csv", "--table", table});
    ASSERT_EQ(from_history.exit_code, 0) << from_history.err;
    EXPECT_EQ(from_history.out, from_jsonl.out) << table;
  }

  // Checked again, an article counts once (as last seen); the pair is recorded twice.
  auto again = checkArgs();
  again[1] = dir_ + "/news/2026/11/05";
  ASSERT_EQ(runConcord(again).exit_code, 1);
  EXPECT_EQ(sqlValue(db_, "SELECT count(*) FROM pairs"), "33");
  EXPECT_EQ(by("day").size(), 30u);
  EXPECT_EQ(by("month")[0].substr(0, 11), "2026-11,30,");
}

TEST_F(HistoryTest, ABatchKilledMidRunLeavesOnlyWholePairs) {
  // The findings of each story, checked alone: every recorded pair must have exactly these.
  std::map<std::string, std::size_t> expected;
  for (const std::string& story : kStories) {
    const ProcessResult one =
        runConcord({"check", repoPath("corpora/" + story + "/source.fr.txt"),
                    repoPath("corpora/" + story + "/target.en.txt"), "--format", "json"});
    expected[story] = nlohmann::json::parse(one.out)["findings"].size();
    ASSERT_GT(expected[story], 0u) << story;
  }
  for (int day = 1; day <= 30; ++day)
    fileStory("2026/11/" + std::string(day < 10 ? "0" : "") + std::to_string(day),
              static_cast<std::size_t>(day));

  const pid_t pid = startConcord(checkArgs());
  // Killed once a few pairs are in, while the workers are still writing.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < give_up && recordedPairs(db_) < 3)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ASSERT_EQ(::kill(pid, SIGKILL), 0);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the batch ended before it was killed; it is too short for this test";

  EXPECT_EQ(sqlValue(db_, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(sqlValue(db_, "SELECT count(*) FROM pragma_foreign_key_check"), "0");
  const int recorded = recordedPairs(db_);
  EXPECT_GE(recorded, 3);
  EXPECT_LT(recorded, 30);
  for (const std::string& story : kStories) {
    const std::string partial =
        sqlValue(db_, "SELECT count(*) FROM pairs p WHERE p.target_path LIKE '%/" + story +
                          ".en.txt' AND (SELECT count(*) FROM findings f WHERE f.pair_id = p.id) != " +
                          std::to_string(expected[story]));
    EXPECT_EQ(partial, "0") << story << ": a pair was recorded without all its findings";
  }

  // The next run carries on in the same file, and the report reads what the killed run finished.
  auto next = checkArgs();
  fs::rename(dir_ + "/news/2026/11/30", dir_ + "/later");
  next[1] = dir_ + "/later";
  const ProcessResult carried_on = runConcord(next);
  ASSERT_EQ(carried_on.exit_code, 1) << carried_on.err;
  EXPECT_EQ(sqlValue(db_, "PRAGMA integrity_check"), "ok");
  const ProcessResult articles =
      runConcord({"report", "--history", db_, "--format", "csv", "--table", "articles"});
  ASSERT_EQ(articles.exit_code, 0) << articles.err;
  EXPECT_EQ(csvRows(articles.out).size(), static_cast<std::size_t>(recorded + 1));
}

TEST_F(HistoryTest, TheArticlesFrontMatterDateWinsOverItsPathAndTheRunDay) {
  fs::create_directories(dir_ + "/desk/2026/11/03");
  for (const auto& [from, to] :
       {std::pair{"source.fr.txt", "/story.fr.md"}, std::pair{"target.en.txt", "/story.en.md"}})
    writeFile(dir_ + "/desk/2026/11/03" + to, "---\ntitle: Belgorod\ndate: 2026-11-20T06:00:00Z\n---\n\n" +
                                                  readFile(repoPath("corpora/belgorod/") + from));
  const ProcessResult run = runConcord({"check", dir_ + "/desk/2026/11/03/story.fr.md",
                                        dir_ + "/desk/2026/11/03/story.en.md", "--history", db_, "-q"});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(
      sqlValue(db_, "SELECT article_date || ' ' || date_from || ' ' || desk || ' ' || style FROM pairs"),
      "2026-11-20 metadata desk ap");
}

TEST_F(HistoryTest, ABadHistoryFileStopsTheRunBeforeAnyWork) {
  fileStory("2026/11/03", 0);
  const std::string json = dir_ + "/out.json";
  auto refused = [&](const std::string& history, const std::string& says) {
    const ProcessResult run = runConcord({"check", dir_ + "/news", "--source-lang", "fr", "--target-lang",
                                          "en", "--history", history, "--format", "json:" + json});
    EXPECT_EQ(run.exit_code, 2) << history;
    EXPECT_EQ(run.err.rfind("concord: error: " + history + ":", 0), 0u) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
    EXPECT_NE(run.err.find(says), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(json)) << "nothing is written when the history is bad";
  };
  const std::string text = dir_ + "/notes.db";
  writeFile(text, "not a database, but someone's notes\n");
  refused(text, "not an SQLite database");
  EXPECT_EQ(readFile(text), "not a database, but someone's notes\n");

  const std::string newer = dir_ + "/newer.db";
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(newer.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(
          db,
          ("PRAGMA application_id = " + std::to_string(0x436F6E63) + "; PRAGMA user_version = 7;").c_str(),
          nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  refused(newer, "version 7 is newer");
  EXPECT_EQ(sqlValue(newer, "PRAGMA user_version"), "7");

  refused(dir_ + "/no-such-folder/concord.db", "cannot open");
  fs::create_directories(dir_ + "/a-folder.db");
  refused(dir_ + "/a-folder.db", "cannot open");

  // The report names the file too, and never writes its output onto the history.
  const ProcessResult missing = runConcord({"report", "--history", dir_ + "/missing.db"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find(dir_ + "/missing.db: no such history file"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(dir_ + "/missing.db"));
  EXPECT_EQ(runConcord({"report", "--history", text}).exit_code, 2);
  EXPECT_EQ(runConcord({"report", "--history", newer, "--since", "2026-11-31"}).exit_code, 2);
  ASSERT_EQ(runConcord({"check", dir_ + "/news", "--source-lang", "fr", "--target-lang", "en", "--history",
                        db_, "-q"})
                .exit_code,
            1);
  const std::string before = readFile(db_);
  const ProcessResult onto = runConcord({"report", "--history", db_, "--output", db_});
  EXPECT_EQ(onto.exit_code, 2) << onto.err;
  EXPECT_EQ(readFile(db_), before);
  EXPECT_EQ(runConcord({"check", dir_ + "/news", "--source-lang", "fr", "--target-lang", "en", "--history",
                        db_, "--format", "json:" + db_})
                .exit_code,
            2);
  EXPECT_EQ(readFile(db_), before);
}

}  // namespace
}  // namespace concord::testing
