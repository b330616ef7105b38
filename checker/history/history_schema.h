#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "checker/history/sqlite_database.h"

namespace concord::history {

/// PRAGMA application_id of a Concord history ("Conc"), so another program's database is never taken for
/// one and written into.
inline constexpr std::int64_t kApplicationId = 0x436F6E63;

/// The schema's migrations: entry N (from 0) brings a database from user_version N to N + 1. Append only —
/// a released migration is never edited, since databases in the field already ran it.
std::span<const std::string_view> migrations();

/// The user_version a database has once every migration ran.
std::int64_t currentSchemaVersion();

/// Brings `db` to the current schema, each migration in its own transaction (a failed one leaves the
/// database at the version before it). Throws UserError naming the file for an SQLite database that is
/// not a Concord history, and for one written by a newer Concord (its schema version is higher).
void migrate(SqliteDatabase& db);

/// Throws the same errors as migrate without writing: for readers, which need the current schema.
/// Returns the database's schema version.
std::int64_t checkSchema(SqliteDatabase& db);

}  // namespace concord::history
