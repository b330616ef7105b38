// SARIF 2.1.0 (OASIS): what GitHub code scanning and other CI front ends display. Columns are Unicode code
// points (run.columnKind), end columns exclusive, as in the JSON contract.
#include <filesystem>
#include <map>

#include "checker/model/data_dir.h"
#include "checker/output/reporter.h"
#include "checker/output/spliced_json.h"
#include "checker/reading/text_file.h"
#include "rules/registry.h"

namespace concord {
namespace {

constexpr const char* kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kFingerprintKey = "concordFingerprint/v1";
// log → runs → run → results: each result starts this many spaces in, as dump(2) would print it there.
constexpr std::size_t kResultIndent = 8;

std::string sarifLevel(std::string_view severity) {
  return severity == "error" ? "error" : severity == "warning" ? "warning" : "note";
}

// RFC 3986: keep unreserved characters and '/', percent-encode every other byte (spaces, non-ASCII names).
std::string percentEncode(std::string_view path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// Paths relative to the working directory (the checkout root in CI) resolve against %SRCROOT%; others
// stay absolute file URIs.
nlohmann::json locateArtifact(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path p(path);
  if (p.is_absolute()) {
    std::error_code ec;
    const fs::path relative = fs::relative(p, fs::current_path(ec), ec);
    if (ec || relative.empty() || *relative.begin() == "..")
      return {{"uri", "file://" + percentEncode(path)}};
    p = relative;
  }
  return {{"uri", percentEncode(p.lexically_normal().generic_string())}, {"uriBaseId", "SRCROOT"}};
}

nlohmann::json region(const nlohmann::json& at) {
  nlohmann::json r = {{"startLine", at.value("line", 1)},
                      {"startColumn", at.value("column", 1)},
                      {"endLine", at.value("end_line", at.value("line", 1))},
                      {"endColumn", at.value("end_column", at.value("column", 1))}};
  if (at.contains("text") && at["text"].is_string()) r["snippet"] = {{"text", at["text"]}};
  return r;
}

// Every finding of an article names its files: each path is resolved once, not once per finding.
class ArtifactLocations {
 public:
  const nlohmann::json& of(const std::string& path) {
    auto found = resolved_.find(path);
    if (found == resolved_.end()) found = resolved_.emplace(path, locateArtifact(path)).first;
    return found->second;
  }

 private:
  std::map<std::string, nlohmann::json, std::less<>> resolved_;
};

nlohmann::json physicalLocation(ArtifactLocations& artifacts, const std::string& path,
                                const nlohmann::json& at) {
  nlohmann::json location = {{"artifactLocation", artifacts.of(path)}};
  if (at.is_object()) location["region"] = region(at);
  return location;
}

nlohmann::json ruleDescriptor(const rules::RuleInfo& info) {
  nlohmann::json rule = {
      {"id", info.id},
      {"shortDescription", {{"text", info.summary}}},
      {"fullDescription", {{"text", info.rationale}}},
      {"defaultConfiguration", {{"level", sarifLevel(severityName(info.default_severity))}}},
      {"properties", {{"category", std::string(info.id.substr(0, info.id.find('/')))}}}};
  const std::string page = dataPath("docs/rules/" + std::string(info.id) + ".md");
  if (std::filesystem::exists(page)) {
    const std::string help = readDataFile(page);
    rule["help"] = {{"text", help}, {"markdown", help}};
  } else {
    rule["help"] = {{"text", std::string(info.summary) + "\n\n" + std::string(info.rationale)}};
  }
  return rule;
}

nlohmann::json result(ArtifactLocations& artifacts, const PairReport& pair, const ReportedFinding& f,
                      std::size_t rule_index) {
  const std::string primary_path = f.onTarget() ? pair.target_path : pair.source_path;
  const std::string other_path = f.onTarget() ? pair.source_path : pair.target_path;
  nlohmann::json out = {
      {"ruleId", f.rule()},
      {"ruleIndex", rule_index},
      {"level", sarifLevel(f.contract.value("severity", "warning"))},
      {"message", {{"text", f.message()}}},
      {"locations", {{{"physicalLocation", physicalLocation(artifacts, primary_path, f.primaryLocation())}}}},
      {"partialFingerprints", {{kFingerprintKey, f.fingerprint}}},
      {"properties", {{"confidence", f.contract.value("confidence", 1.0)}}}};
  if (f.secondaryLocation().is_object()) {
    out["relatedLocations"] = {
        {{"id", 1},
         {"physicalLocation", physicalLocation(artifacts, other_path, f.secondaryLocation())},
         {"message", {{"text", f.onTarget() ? "source" : "target"}}}}};
  }
  if (f.contract.contains("suggestion") && f.contract["suggestion"].is_string() &&
      f.primaryLocation().is_object()) {
    const std::string suggestion = f.contract["suggestion"].get<std::string>();
    nlohmann::json deleted = region(f.primaryLocation());
    deleted.erase("snippet");
    out["fixes"] = {{{"description", {{"text", "Replace with “" + suggestion + "”"}}},
                     {"artifactChanges",
                      {{{"artifactLocation", artifacts.of(primary_path)},
                        {"replacements",
                         {{{"deletedRegion", deleted}, {"insertedContent", {{"text", suggestion}}}}}}}}}}};
  }
  return out;
}

}  // namespace

std::string renderSarif(const BatchReport& report) {
  nlohmann::json rules = nlohmann::json::array();
  std::map<std::string, std::size_t> index;
  for (const auto& rule : rules::builtinRules()) {
    index.emplace(std::string(rule->info().id), rules.size());
    rules.push_back(ruleDescriptor(rule->info()));
  }
  // Each result is printed as soon as it is built: as a json tree a result costs ten times its text, and
  // 100k findings held as trees took 1.4 GB.
  SplicedArray results(kResultIndent);
  ArtifactLocations artifacts;
  nlohmann::json notifications = nlohmann::json::array();
  for (const PairReport& pair : report.pairs) {
    if (pair.error) {
      notifications.push_back(
          {{"level", "error"},
           {"message", {{"text", *pair.error}}},
           {"locations", {{{"physicalLocation", physicalLocation(artifacts, pair.target_path, nullptr)}}}}});
      continue;
    }
    for (const ReportedFinding& f : pair.findings) {
      auto found = index.find(f.rule());
      if (found == index.end()) {  // a rule from another Concord version, read back by `concord merge`
        found = index.emplace(f.rule(), rules.size()).first;
        rules.push_back({{"id", f.rule()}, {"shortDescription", {{"text", f.rule()}}}});
      }
      results.add(result(artifacts, pair, f, found->second));
    }
  }
  std::error_code ec;
  const std::string cwd = std::filesystem::current_path(ec).generic_string();
  nlohmann::json run = {
      {"tool",
       {{"driver",
         {{"name", "concord"},
          {"version", CONCORD_VERSION},
          {"semanticVersion", CONCORD_VERSION},
          {"rules", rules}}}}},
      {"invocations",
       {{{"executionSuccessful", report.failedPairs() == 0}, {"toolExecutionNotifications", notifications}}}},
      {"originalUriBaseIds",
       {{"SRCROOT", {{"uri", "file://" + percentEncode(cwd.ends_with('/') ? cwd : cwd + "/")}}}}},
      {"columnKind", "unicodeCodePoints"},
      {"results", SplicedArray::kPlaceholder}};
  const nlohmann::json log = {{"$schema", kSchemaUri}, {"version", "2.1.0"}, {"runs", {run}}};
  return results.splice(log, "results");
}

}  // namespace concord
