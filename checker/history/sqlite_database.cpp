#include "checker/history/sqlite_database.h"

#include <sqlite3.h>

#include "checker/model/error.h"

namespace concord::history {

SqliteDatabase::SqliteDatabase(std::string path, Mode mode) : path_(std::move(path)) {
  const int flags =
      mode == Mode::read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  // NOMUTEX: the recorder already serialises its callers, so SQLite's own locking would only cost time.
  const int code = sqlite3_open_v2(path_.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (code != SQLITE_OK) fail(code, "opening the history");
  // SQLite falls back to read-only when the file is not writable; a run that records must say so now,
  // before any article is checked, not at its first pair.
  if (mode == Mode::read_write && sqlite3_db_readonly(db_, "main") == 1)
    throw UserError(path_, "cannot write the history: the file is read-only");
  // Another process recording into the same file waits for its turn instead of failing at once.
  sqlite3_busy_timeout(db_, 10000);
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close(db_); }

void SqliteDatabase::fail(int code, std::string_view doing) const {
  std::string detail = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
  if (code == SQLITE_NOTADB) detail = "not an SQLite database";
  if (code == SQLITE_READONLY) detail = "cannot write the history (" + detail + ")";
  if (code == SQLITE_CANTOPEN) detail = "cannot open the history (" + detail + ")";
  throw UserError(path_, std::string(doing) + ": " + detail);
}

void SqliteDatabase::execute(std::string_view sql) {
  const std::string text(sql);
  const int code = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (code != SQLITE_OK) fail(code, "writing the history");
}

std::int64_t SqliteDatabase::integer(std::string_view sql) {
  SqliteStatement statement(*this, sql);
  return statement.step() ? statement.integer(0) : 0;
}

std::int64_t SqliteDatabase::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }

SqliteStatement::SqliteStatement(SqliteDatabase& db, std::string_view sql) : db_(db) {
  const int code =
      sqlite3_prepare_v2(db_.handle(), sql.data(), static_cast<int>(sql.size()), &statement_, nullptr);
  if (code != SQLITE_OK) db_.fail(code, "reading the history");
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(statement_); }

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
  const int code =
      sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  if (code != SQLITE_OK) db_.fail(code, "writing the history");
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
  const int code = sqlite3_bind_int64(statement_, index, value);
  if (code != SQLITE_OK) db_.fail(code, "writing the history");
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::optional<std::string>& text) {
  if (text) return bind(index, std::string_view(*text));
  const int code = sqlite3_bind_null(statement_, index);
  if (code != SQLITE_OK) db_.fail(code, "writing the history");
  return *this;
}

bool SqliteStatement::step() {
  const int code = sqlite3_step(statement_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  db_.fail(code, "using the history");
}

void SqliteStatement::run() {
  step();
  reset();
}

void SqliteStatement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::string SqliteStatement::text(int column) const {
  const auto* bytes = sqlite3_column_text(statement_, column);
  if (bytes == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(bytes),
                     static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)));
}

std::optional<std::string> SqliteStatement::optionalText(int column) const {
  if (sqlite3_column_type(statement_, column) == SQLITE_NULL) return std::nullopt;
  return text(column);
}

std::int64_t SqliteStatement::integer(int column) const { return sqlite3_column_int64(statement_, column); }

SqliteTransaction::SqliteTransaction(SqliteDatabase& db) : db_(db) { db_.execute("BEGIN IMMEDIATE"); }

SqliteTransaction::~SqliteTransaction() {
  if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit() {
  db_.execute("COMMIT");
  open_ = false;
}

}  // namespace concord::history
