#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "checker/history/sqlite_database.h"
#include "checker/output/report.h"

namespace concord::history {

/// The day a pair is filed under in the history, and where that day came from.
struct RecordedDate {
  std::string date;  ///< YYYY-MM-DD
  std::string from;  ///< "metadata" (the target's front matter), "path" or "run" (the day of the run)
};

/// The target's front-matter date, else a date in the target's path, else `run_day`. Unlike the JSON Lines
/// "date", a file's modification time never counts: a fresh checkout would file every article today.
RecordedDate recordedDate(const PairReport& pair, const std::string& run_day);

/// The desk a pair belongs to: the nearest folder of its target that is neither a date (2026, 11, 03,
/// 2026-11-03) nor a side of a source/ and target/ tree. "politics" for politics/2026/11/03/a.en.txt.
std::string deskOf(const std::string& target_path);

/// Writes every checked pair of a run (`concord check --history FILE`) into a Concord history database.
/// One connection, shared by the batch's workers through a mutex; each pair with its findings is one
/// transaction, so a run killed at any moment leaves the database as it was before the pair being written.
class HistoryRecorder {
 public:
  /// Opens or creates `path`, brings its schema up to date and starts a run. Throws UserError naming the
  /// file when it is not a Concord history, was written by a newer Concord, or cannot be written.
  explicit HistoryRecorder(const std::string& path);

  /// Records `pair` (a failed pair too, with its error). Thread-safe. The first failure (disk full …) is
  /// kept and stops the recording; the run reports it through error().
  void record(const PairReport& pair);

  /// The first failure to record, as a one-line message naming the file.
  std::optional<std::string> error() const;

 private:
  void write(const PairReport& pair);

  mutable std::mutex mutex_;
  SqliteDatabase db_;
  std::int64_t run_id_ = 0;
  std::string run_day_;
  std::optional<std::string> error_;
};

}  // namespace concord::history
