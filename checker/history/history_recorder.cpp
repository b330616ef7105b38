#include "checker/history/history_recorder.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <regex>

#include "checker/history/history_schema.h"
#include "checker/model/error.h"
#include "checker/reading/article_date.h"

namespace concord::history {
namespace {

namespace fs = std::filesystem;

// Now in UTC, through strftime (GCC 12 has no std::format for clocks).
std::string utcNow(const char* format) {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  return std::string(text, std::strftime(text, sizeof text, format, &utc));
}

// The same article checked from another working folder is still the same article.
std::string absolutePath(const std::string& path) {
  std::error_code error;
  if (path == "-" || !fs::exists(path, error)) return path;
  const fs::path absolute = fs::absolute(path, error);
  return error ? path : absolute.lexically_normal().string();
}

std::string severityName(const ReportedFinding& finding) {
  return finding.contract.value("severity", "warning");
}

std::string categoryOf(const ReportedFinding& finding) {
  if (finding.contract.contains("category") && finding.contract["category"].is_string())
    return finding.contract["category"].get<std::string>();
  const std::string rule = finding.rule();
  return rule.substr(0, rule.find('/'));
}

}  // namespace

RecordedDate recordedDate(const PairReport& pair, const std::string& run_day) {
  if (pair.result && pair.result->target) {
    if (auto date = dateInMetadata(pair.result->target->original())) return {*date, "metadata"};
  }
  if (auto date = dateInPath(pair.target_path)) return {*date, "path"};
  return {run_day, "run"};
}

std::string deskOf(const std::string& target_path) {
  static const std::regex kDatePiece(R"([0-9]{1,4}|.*(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}.*)");
  for (fs::path folder = fs::path(target_path).parent_path(); !folder.empty();
       folder = folder.parent_path()) {
    const std::string name = folder.filename().string();
    if (!name.empty() && name != "." && name != "/" && name != "source" && name != "target" &&
        !std::regex_match(name, kDatePiece))
      return name;
    if (folder == folder.parent_path()) break;
  }
  return "";
}

HistoryRecorder::HistoryRecorder(const std::string& path)
    : db_(path, SqliteDatabase::Mode::read_write), run_day_(utcNow("%F")) {
  // WAL: a report can read the history while a batch writes it, and a commit costs one append, not a
  // rewrite of the pages it touched. NORMAL sync is still crash-safe in WAL mode (a power cut may lose the
  // last commits, never corrupt the file); a killed process loses nothing committed.
  db_.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON");
  migrate(db_);
  SqliteTransaction transaction(db_);
  SqliteStatement run(db_, "INSERT INTO runs(started_at, concord_version) VALUES (?1, ?2)");
  run.bind(1, utcNow("%FT%TZ")).bind(2, std::string_view(CONCORD_VERSION)).run();
  run_id_ = db_.lastInsertId();
  transaction.commit();
}

void HistoryRecorder::record(const PairReport& pair) {
  const std::lock_guard lock(mutex_);
  if (error_) return;
  try {
    write(pair);
  } catch (const UserError& e) {
    error_ = e.what();
  }
}

std::optional<std::string> HistoryRecorder::error() const {
  const std::lock_guard lock(mutex_);
  return error_;
}

void HistoryRecorder::write(const PairReport& pair) {
  const RecordedDate date = recordedDate(pair, run_day_);
  const std::string target = absolutePath(pair.target_path);
  SqliteTransaction transaction(db_);
  SqliteStatement insert_pair(db_, R"sql(
    INSERT INTO pairs(run_id, article_date, date_from, desk, folder, source_path, target_path, source_lang,
                      target_lang, style, error)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
  insert_pair.bind(1, run_id_)
      .bind(2, std::string_view(date.date))
      .bind(3, std::string_view(date.from))
      .bind(4, std::string_view(deskOf(pair.target_path)))
      .bind(5, std::string_view(fs::path(target).parent_path().string()))
      .bind(6, std::string_view(absolutePath(pair.source_path)))
      .bind(7, std::string_view(target))
      .bind(8, std::string_view(pair.source_lang))
      .bind(9, std::string_view(pair.target_lang))
      .bind(10, std::string_view(pair.result ? pair.result->style : ""))
      .bind(11, pair.error)
      .run();
  const std::int64_t pair_id = db_.lastInsertId();
  SqliteStatement insert_finding(db_, R"sql(
    INSERT INTO findings(pair_id, rule, category, severity, fingerprint, finding_json)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");
  for (const ReportedFinding& finding : pair.findings) {
    insert_finding.bind(1, pair_id)
        .bind(2, std::string_view(finding.rule()))
        .bind(3, std::string_view(categoryOf(finding)))
        .bind(4, std::string_view(severityName(finding)))
        .bind(5, std::string_view(finding.fingerprint))
        .bind(6, std::string_view(finding.contract.dump()))
        .run();
  }
  transaction.commit();
}

}  // namespace concord::history
