#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace concord::history {

/// One open SQLite database file. Every failure is a UserError naming the file ("concord.db: file is not
/// a database"), since the file is the user's to fix. Not copyable; one connection serves one thread at a
/// time (the history's recorder serialises its writers).
class SqliteDatabase {
 public:
  enum class Mode { read_only, read_write };

  /// Opens (read_write: creates) `path`. Read-write refuses a file SQLite could only open read-only.
  SqliteDatabase(std::string path, Mode mode);
  ~SqliteDatabase();
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  /// Runs one or more statements that return no rows.
  void execute(std::string_view sql);
  /// The first column of the first row of a one-value query (PRAGMA user_version …).
  std::int64_t integer(std::string_view sql);
  std::int64_t lastInsertId() const;
  const std::string& path() const { return path_; }

  /// Throws the UserError for SQLite result code `code` on this file (`doing`: "reading the history").
  [[noreturn]] void fail(int code, std::string_view doing) const;

  sqlite3* handle() const { return db_; }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

/// A prepared statement with positional parameters bound from 1. Finalised on destruction.
class SqliteStatement {
 public:
  SqliteStatement(SqliteDatabase& db, std::string_view sql);
  ~SqliteStatement();
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  SqliteStatement& bind(int index, std::string_view text);
  SqliteStatement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  SqliteStatement& bind(int index, std::int64_t value);
  SqliteStatement& bind(int index, const std::optional<std::string>& text);  ///< NULL when absent
  /// Steps once: true while a row is there to read.
  bool step();
  /// Steps a statement that returns no row, then resets it for the next bindings.
  void run();
  /// Makes the statement ready to run again, with new bindings.
  void reset();

  std::string text(int column) const;
  std::optional<std::string> optionalText(int column) const;  ///< nullopt for NULL
  std::int64_t integer(int column) const;

 private:
  SqliteDatabase& db_;
  sqlite3_stmt* statement_ = nullptr;
};

/// BEGIN IMMEDIATE … COMMIT, rolled back when destroyed before commit() (an exception on the way).
class SqliteTransaction {
 public:
  explicit SqliteTransaction(SqliteDatabase& db);
  ~SqliteTransaction();
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;
  void commit();

 private:
  SqliteDatabase& db_;
  bool open_ = true;
};

}  // namespace concord::history
