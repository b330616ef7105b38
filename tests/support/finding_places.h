#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace concord::testing {

/// Runs `concord check ARGS --format json`, expects exit 1 (findings) and returns the report.
nlohmann::json checkJson(const std::vector<std::string>& args);

/// How many findings a `check --format json` report has for each rule.
std::map<std::string, int> countsByRule(const nlohmann::json& report);

/// Expects a finding's side (`location`: line, column, text) to stand in `file` at its line and column
/// (columns count code points): a finding points at the file the user opened.
void expectAtItsPlace(const std::string& file, const nlohmann::json& location);

/// The same for both sides of every finding of `report`, for a pair whose files are `source` and `target`.
void expectEveryFindingAtItsPlace(const nlohmann::json& report, const std::string& source,
                                  const std::string& target);

/// A file Concord must refuse: its name, its bytes, and what the one line on standard error says after the
/// file's path (":2:11: the document type declaration …").
struct BadFile {
  std::string name;
  std::string bytes;
  std::string message;
};

/// Writes each file into a fresh folder and runs `concord check LEADING… FILE --output out.json --format
/// json`: expects exit 2 within 20 seconds, one line on standard error naming the file and its message, and
/// no out.json written.
void expectEachRefusedInOneLine(const std::vector<BadFile>& files,
                                const std::vector<std::string>& leading = {});

}  // namespace concord::testing
