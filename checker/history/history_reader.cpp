#include "checker/history/history_reader.h"

#include <filesystem>

#include "checker/history/history_schema.h"
#include "checker/history/sqlite_database.h"
#include "checker/model/error.h"

namespace concord::history {

BatchReport readHistory(const std::string& path, const HistoryRange& range) {
  std::error_code error;
  // SQLite would create an empty database at a mistyped path; a report names the file instead.
  if (!std::filesystem::is_regular_file(path, error)) throw UserError(path, "no such history file");
  SqliteDatabase db(path, SqliteDatabase::Mode::read_only);
  const std::int64_t version = checkSchema(db);
  if (version != currentSchemaVersion())
    throw UserError(path, "history schema version " + std::to_string(version) + ", this concord reads " +
                              std::to_string(currentSchemaVersion()) +
                              " (`concord check --history` on it upgrades it)");
  BatchReport report;
  SqliteStatement pairs(db, R"sql(
    SELECT id, source_path, target_path, source_lang, target_lang, article_date, error FROM pairs
    WHERE id IN (SELECT max(id) FROM pairs GROUP BY source_path, target_path)
      AND (?1 = '' OR article_date >= ?1) AND (?2 = '' OR article_date <= ?2)
    ORDER BY target_path, source_path)sql");
  pairs.bind(1, std::string_view(range.since)).bind(2, std::string_view(range.until));
  SqliteStatement findings(db,
                           "SELECT fingerprint, finding_json FROM findings WHERE pair_id = ?1 ORDER BY id");
  while (pairs.step()) {
    PairReport pair;
    pair.source_path = pairs.text(1);
    pair.target_path = pairs.text(2);
    pair.source_lang = pairs.text(3);
    pair.target_lang = pairs.text(4);
    pair.date = pairs.text(5);
    pair.error = pairs.optionalText(6);
    findings.bind(1, pairs.integer(0));
    while (findings.step()) {
      ReportedFinding finding;
      finding.fingerprint = findings.text(0);
      finding.contract = nlohmann::json::parse(findings.text(1), nullptr, false);
      if (finding.contract.is_discarded())
        throw UserError(path, "finding of pair " + pair.target_path + " is not valid JSON");
      pair.findings.push_back(std::move(finding));
    }
    findings.reset();
    report.pairs.push_back(std::move(pair));
  }
  return report;
}

}  // namespace concord::history
