#include "checker/output/jsonl_reporter.h"

#include <fstream>
#include <iostream>
#include <map>
#include <utility>

#include "checker/model/error.h"
#include "checker/model/run_inputs.h"
#include "checker/output/jsonl_validation.h"
#include "checker/output/reporter.h"
#include "checker/reading/json_text.h"

namespace concord {
namespace {

nlohmann::json pairHeader(const PairReport& pair, const char* type) {
  return {
      {"type", type},
      {"source_path", pair.source_path},
      {"target_path", pair.target_path},
      {"source_lang", pair.source_lang.empty() ? nlohmann::json(nullptr) : nlohmann::json(pair.source_lang)},
      {"target_lang", pair.target_lang.empty() ? nlohmann::json(nullptr) : nlohmann::json(pair.target_lang)}};
}

std::string stringOr(const nlohmann::json& record, const char* key) {
  const auto it = record.find(key);
  return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string pairToJsonl(const PairReport& pair) {
  std::string out;
  for (const ReportedFinding& f : pair.findings) {
    nlohmann::json line = pairHeader(pair, "finding");
    for (const auto& [key, value] : f.contract.items()) line[key] = value;
    line["fingerprint"] = f.fingerprint;
    out += line.dump() + '\n';
  }
  nlohmann::json line = pairHeader(pair, "pair");
  const SeverityCounts c = pair.counts();
  line["date"] = pair.date ? nlohmann::json(*pair.date) : nlohmann::json(nullptr);
  line["summary"] = {{"errors", c.errors}, {"warnings", c.warnings}, {"infos", c.infos}};
  line["error"] = pair.error ? nlohmann::json(*pair.error) : nlohmann::json(nullptr);
  line["notes"] = pair.notes;
  out += line.dump() + '\n';
  return out;
}

std::string renderJsonl(const BatchReport& report) {
  std::string out;
  for (const PairReport& pair : report.pairs) out += pairToJsonl(pair);
  return out;
}

void readJsonl(std::istream& in, const std::string& name, BatchReport& report) {
  using Key = std::pair<std::string, std::string>;
  std::map<Key, std::vector<ReportedFinding>> pending;
  std::map<Key, std::size_t> pending_line;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json record = parseJsonText(line, name, line_number, "not a JSON line");
    const std::string type = record.is_object() ? stringOr(record, "type") : "";
    const Key key{stringOr(record, "source_path"), stringOr(record, "target_path")};
    if (type == "finding") {
      validateFindingRecord(record, name, line_number);
      ReportedFinding finding;
      finding.fingerprint = stringOr(record, "fingerprint");
      for (const char* k :
           {"type", "source_path", "target_path", "source_lang", "target_lang", "fingerprint"})
        record.erase(k);
      finding.contract = std::move(record);
      pending[key].push_back(std::move(finding));
      pending_line.emplace(key, line_number);
    } else if (type == "pair") {
      validatePairRecord(record, name, line_number);
      PairReport pair;
      pair.source_path = key.first;
      pair.target_path = key.second;
      pair.source_lang = stringOr(record, "source_lang");
      pair.target_lang = stringOr(record, "target_lang");
      if (record.contains("date") && record["date"].is_string())
        pair.date = record["date"].get<std::string>();
      if (record.contains("error") && record["error"].is_string())
        pair.error = record["error"].get<std::string>();
      if (record.contains("notes") && record["notes"].is_array()) {
        for (const auto& note : record["notes"])
          if (note.is_string()) pair.notes.push_back(note.get<std::string>());
      }
      if (const auto it = pending.find(key); it != pending.end()) {
        pair.findings = std::move(it->second);
        pending.erase(it);
        pending_line.erase(key);
      }
      report.pairs.push_back(std::move(pair));
    } else {
      throw UserError(name, line_number,
                      "not a Concord JSON Lines record (\"type\" must be finding or pair)");
    }
  }
  if (!pending.empty()) {
    const auto& [key, at] = *pending_line.begin();
    throw UserError(name, at,
                    "findings for " + key.second + " without their pair line (a truncated or partial file?)");
  }
}

void readJsonlFiles(const std::vector<std::string>& files, BatchReport& report) {
  for (const std::string& file : files) {
    if (file == "-") {
      noteStandardInput();
      readJsonl(std::cin, "stdin", report);
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw UserError(file, "cannot open");
    noteRunInput(file);
    readJsonl(in, file, report);
  }
  report.sortPairs();
}

}  // namespace concord
