// The findings history: its schema migrations, the files it refuses, and what a pair is recorded under.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include "checker/history/history_reader.h"
#include "checker/history/history_recorder.h"
#include "checker/history/history_schema.h"
#include "checker/model/error.h"
#include "checker/reading/article_date.h"

namespace concord::history {
namespace {

namespace fs = std::filesystem;

class HistoryFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("concord-history-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "concord.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `sql` on the file directly, as another program (or an older Concord) would have.
  void rawSql(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* message = nullptr;
    const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    const std::string error = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    ASSERT_EQ(code, SQLITE_OK) << error;
  }

  std::int64_t rawInteger(const std::string& sql) {
    SqliteDatabase db(path_, SqliteDatabase::Mode::read_only);
    return db.integer(sql);
  }

  std::string errorOpening() {
    try {
      HistoryRecorder recorder(path_);
    } catch (const UserError& e) {
      return e.what();
    }
    return "";
  }

  fs::path dir_;
  std::string path_;
};

PairReport pairAt(const std::string& target_path, const std::string& rule) {
  PairReport pair;
  pair.source_path = "story.fr.txt";
  pair.target_path = target_path;
  pair.source_lang = "fr";
  pair.target_lang = "en";
  ReportedFinding finding;
  finding.contract = {{"rule", rule}, {"category", "quotes"}, {"severity", "warning"}, {"message", "m"}};
  finding.fingerprint = "f-" + rule;
  pair.findings.push_back(finding);
  return pair;
}

TEST_F(HistoryFileTest, AVersionOneHistoryIsMigratedAndKeepsItsRows) {
  const std::string v1 = std::string(migrations()[0]);
  rawSql(
      v1 + "PRAGMA user_version = 1; PRAGMA application_id = " + std::to_string(kApplicationId) + ";" +
      "INSERT INTO runs VALUES (1, '2026-11-01T08:00:00Z', '0.1.0');"
      "INSERT INTO pairs VALUES (1, 1, '2026-11-01', 'path', 'politics', '/d', '/d/a.fr.txt', '/d/a.en.txt',"
      " 'fr', 'en', 'ap', NULL);"
      "INSERT INTO findings VALUES (1, 1, 'quotes/unbalanced', 'quotes', 'warning', 'abc', "
      "'{\"rule\":\"quotes/unbalanced\",\"severity\":\"warning\"}');");
  HistoryRecorder recorder(path_);
  ASSERT_FALSE(recorder.error());
  EXPECT_EQ(rawInteger("PRAGMA user_version"), currentSchemaVersion());
  EXPECT_EQ(currentSchemaVersion(), 2);
  EXPECT_EQ(rawInteger("SELECT count(*) FROM sqlite_schema WHERE name = 'findings_by_fingerprint'"), 1);
  const BatchReport report = readHistory(path_, {});
  ASSERT_EQ(report.pairs.size(), 1u);
  EXPECT_EQ(report.pairs[0].target_path, "/d/a.en.txt");
  ASSERT_EQ(report.pairs[0].findings.size(), 1u);
  EXPECT_EQ(report.pairs[0].findings[0].fingerprint, "abc");
}

TEST_F(HistoryFileTest, ANewHistoryGetsEveryMigrationAndRecordsPairsWithTheirFindings) {
  {
    HistoryRecorder recorder(path_);
    recorder.record(pairAt("politics/2026-11-03/a.en.txt", "quotes/unbalanced"));
    recorder.record(pairAt("politics/2026-11-04/b.en.txt", "quotes/spacing"));
    recorder.record(pairAt("politics/2026-11-04/b.en.txt", "quotes/foreign"));  // checked again
    ASSERT_FALSE(recorder.error());
  }
  EXPECT_EQ(rawInteger("PRAGMA user_version"), currentSchemaVersion());
  EXPECT_EQ(rawInteger("SELECT count(*) FROM pairs"), 3);
  const BatchReport all = readHistory(path_, {});
  ASSERT_EQ(all.pairs.size(), 2u) << "an article checked twice counts once, as last seen";
  EXPECT_EQ(all.pairs[1].findings.at(0).rule(), "quotes/foreign");
  EXPECT_EQ(all.pairs[1].date, "2026-11-04");
  EXPECT_EQ(readHistory(path_, {"2026-11-04", "2026-11-04"}).pairs.size(), 1u);
  EXPECT_EQ(readHistory(path_, {"", "2026-11-03"}).pairs.size(), 1u);
  EXPECT_EQ(readHistory(path_, {"2026-11-05", ""}).pairs.size(), 0u);
}

TEST_F(HistoryFileTest, APairThatFailsHalfWayLeavesTheHistoryAsBeforeIt) {
  HistoryRecorder recorder(path_);
  recorder.record(pairAt("politics/2026-11-03/a.en.txt", "quotes/unbalanced"));
  // Its second finding breaks the schema's severity check: the write stops after the pair row and one
  // finding.
  PairReport broken = pairAt("politics/2026-11-04/b.en.txt", "quotes/spacing");
  broken.findings.push_back(broken.findings.front());
  broken.findings.back().contract["severity"] = "fatal";
  recorder.record(broken);
  ASSERT_TRUE(recorder.error());
  EXPECT_EQ(recorder.error()->rfind(path_ + ":", 0), 0u) << *recorder.error();
  recorder.record(pairAt("politics/2026-11-05/c.en.txt", "quotes/foreign"));  // not after a failure
  EXPECT_EQ(rawInteger("SELECT count(*) FROM pairs"), 1);
  EXPECT_EQ(rawInteger("SELECT count(*) FROM findings"), 1);
}

TEST_F(HistoryFileTest, ANewerSchemaIsRefusedAndLeftAlone) {
  rawSql("CREATE TABLE future(x); PRAGMA user_version = 99; PRAGMA application_id = " +
         std::to_string(kApplicationId));
  const std::string error = errorOpening();
  EXPECT_NE(error.find(path_), std::string::npos) << error;
  EXPECT_NE(error.find("version 99 is newer"), std::string::npos) << error;
  EXPECT_EQ(rawInteger("PRAGMA user_version"), 99);
}

TEST_F(HistoryFileTest, AnotherProgramsDatabaseIsNotWrittenInto) {
  rawSql("CREATE TABLE contacts(name TEXT)");
  const std::string error = errorOpening();
  EXPECT_NE(error.find("not a Concord history"), std::string::npos) << error;
  EXPECT_EQ(rawInteger("SELECT count(*) FROM sqlite_schema"), 1);
}

TEST_F(HistoryFileTest, AFileThatIsNotSqliteIsRefusedUnchanged) {
  std::ofstream(path_) << "source\ttarget\nthis is a manifest, not a database\n";
  const auto before = fs::file_size(path_);
  const std::string error = errorOpening();
  EXPECT_EQ(error.rfind(path_ + ":", 0), 0u) << error;
  EXPECT_NE(error.find("not an SQLite database"), std::string::npos) << error;
  EXPECT_EQ(fs::file_size(path_), before);
  EXPECT_THROW(readHistory(path_, {}), UserError);
}

TEST_F(HistoryFileTest, AMissingHistoryIsAnErrorForTheReportNotAnEmptyOne) {
  EXPECT_THROW(readHistory(path_, {}), UserError);
  EXPECT_FALSE(fs::exists(path_));
}

TEST(HistoryDates, FrontMatterThenPathThenTheRunDay) {
  PairReport pair;
  pair.target_path = "wires/2026/11/03/story.en.txt";
  EXPECT_EQ(recordedDate(pair, "2026-12-07").date, "2026-11-03");
  EXPECT_EQ(recordedDate(pair, "2026-12-07").from, "path");
  pair.target_path = "wires/story.en.txt";
  EXPECT_EQ(recordedDate(pair, "2026-12-07").date, "2026-12-07");
  EXPECT_EQ(recordedDate(pair, "2026-12-07").from, "run");

  EXPECT_EQ(dateInMetadata("---\ntitle: Kyiv\ndate: 2026-11-05T08:30:00Z\n---\nText"), "2026-11-05");
  EXPECT_EQ(dateInMetadata("\xEF\xBB\xBF---\r\ndate: \"2026-11-05\"\r\n---\r\n"), "2026-11-05");
  EXPECT_EQ(dateInMetadata("Text\n---\ndate: 2026-11-05\n---\n"), std::nullopt);  // not at the start
  EXPECT_EQ(dateInMetadata("---\ndate: 2026-02-30\n---\n"), std::nullopt);
  EXPECT_EQ(dateInMetadata("---\nupdate: 2026-11-05\n---\n"), std::nullopt);
}

TEST(HistoryDates, DateFoldersInThePath) {
  EXPECT_EQ(dateInPath("news/2026/11/03/story.en.txt"), "2026-11-03");
  EXPECT_EQ(dateInPath("news/2026/02/30/story.en.txt"), std::nullopt);
  EXPECT_EQ(dateInPath("news/1/11/03/story.en.txt"), std::nullopt);
  EXPECT_EQ(dateInPath("news/2026/11/03-extra/story.en.txt"), std::nullopt);
}

TEST(HistoryDesk, NearestFolderThatIsNotADate) {
  EXPECT_EQ(deskOf("politics/2026/11/03/a.en.txt"), "politics");
  EXPECT_EQ(deskOf("/srv/sport/target/2026-11-03/a.en.txt"), "sport");
  EXPECT_EQ(deskOf("a.en.txt"), "");
}

}  // namespace
}  // namespace concord::history
