#include "checker/history/history_schema.h"

#include <array>
#include <string>

#include "checker/model/error.h"

namespace concord::history {
namespace {

// One row per `concord check --history` invocation; a pair row per checked article pair (its findings with
// it, in the same transaction); the pair's date says where it came from (the article's metadata, its path,
// or the day of the run).
constexpr std::string_view kCreateTables = R"sql(
CREATE TABLE runs(
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  concord_version TEXT NOT NULL
);
CREATE TABLE pairs(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  article_date TEXT NOT NULL,
  date_from TEXT NOT NULL CHECK (date_from IN ('metadata', 'path', 'run')),
  desk TEXT NOT NULL,
  folder TEXT NOT NULL,
  source_path TEXT NOT NULL,
  target_path TEXT NOT NULL,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  style TEXT NOT NULL,
  error TEXT
);
CREATE INDEX pairs_by_date ON pairs(article_date);
CREATE TABLE findings(
  id INTEGER PRIMARY KEY,
  pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
  rule TEXT NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  fingerprint TEXT NOT NULL,
  finding_json TEXT NOT NULL
);
CREATE INDEX findings_by_pair ON findings(pair_id);
)sql";

// "Was this finding seen before?" looks a fingerprint up across every run.
constexpr std::string_view kIndexFingerprints =
    "CREATE INDEX findings_by_fingerprint ON findings(fingerprint);";

constexpr std::array<std::string_view, 2> kMigrations{kCreateTables, kIndexFingerprints};

std::int64_t userVersion(SqliteDatabase& db) { return db.integer("PRAGMA user_version"); }

}  // namespace

std::span<const std::string_view> migrations() { return kMigrations; }

std::int64_t currentSchemaVersion() { return static_cast<std::int64_t>(kMigrations.size()); }

std::int64_t checkSchema(SqliteDatabase& db) {
  const std::int64_t version = userVersion(db);
  if (version == 0) {
    if (db.integer("SELECT count(*) FROM sqlite_schema") != 0)
      throw UserError(db.path(), "an SQLite database, but not a Concord history (it has other tables)");
    return 0;
  }
  if (db.integer("PRAGMA application_id") != kApplicationId)
    throw UserError(db.path(), "an SQLite database, but not a Concord history (application id differs)");
  if (version > currentSchemaVersion())
    throw UserError(db.path(), "history schema version " + std::to_string(version) +
                                   " is newer than this concord reads (" +
                                   std::to_string(currentSchemaVersion()) + "); use a newer concord");
  return version;
}

void migrate(SqliteDatabase& db) {
  while (checkSchema(db) < currentSchemaVersion()) {
    SqliteTransaction transaction(db);
    // Read again under the write lock: another run may have migrated the file since checkSchema looked.
    const std::int64_t version = userVersion(db);
    if (version < currentSchemaVersion()) {
      db.execute(kMigrations[static_cast<std::size_t>(version)]);
      db.execute("PRAGMA application_id = " + std::to_string(kApplicationId));
      db.execute("PRAGMA user_version = " + std::to_string(version + 1));
    }
    transaction.commit();
  }
}

}  // namespace concord::history
