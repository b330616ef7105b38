#include "checker/output/report.h"

#include <algorithm>
#include <sstream>
#include <tuple>

#include "checker/batch/baseline.h"
#include "checker/output/json_reporter.h"
#include "checker/output/spliced_json.h"

namespace concord {
namespace {

const nlohmann::json& nullJson() {
  static const nlohmann::json kNull = nullptr;
  return kNull;
}

}  // namespace

Severity ReportedFinding::severity() const {
  return parseSeverity(contract.value("severity", "warning")).value_or(Severity::warning);
}

const nlohmann::json& ReportedFinding::primaryLocation() const {
  const char* key = onTarget() ? "target" : "source";
  return contract.contains(key) ? contract.at(key) : nullJson();
}

const nlohmann::json& ReportedFinding::secondaryLocation() const {
  const char* key = onTarget() ? "source" : "target";
  return contract.contains(key) ? contract.at(key) : nullJson();
}

void SeverityCounts::add(Severity severity) {
  (severity == Severity::error ? errors : severity == Severity::warning ? warnings : infos)++;
}

std::size_t SeverityCounts::operator[](Severity severity) const {
  return severity == Severity::error ? errors : severity == Severity::warning ? warnings : infos;
}

SeverityCounts PairReport::counts() const {
  SeverityCounts counts;
  for (const ReportedFinding& f : findings) counts.add(f.severity());
  return counts;
}

SeverityCounts BatchReport::counts() const {
  SeverityCounts counts;
  for (const PairReport& pair : pairs) {
    const SeverityCounts c = pair.counts();
    counts.errors += c.errors;
    counts.warnings += c.warnings;
    counts.infos += c.infos;
  }
  return counts;
}

std::size_t BatchReport::failedPairs() const {
  return static_cast<std::size_t>(
      std::count_if(pairs.begin(), pairs.end(), [](const PairReport& p) { return p.error.has_value(); }));
}

void BatchReport::sortPairs() {
  std::stable_sort(pairs.begin(), pairs.end(), [](const PairReport& a, const PairReport& b) {
    return std::tie(a.target_path, a.source_path) < std::tie(b.target_path, b.source_path);
  });
}

PairReport reportFromResult(std::shared_ptr<const CheckResult> result) {
  PairReport pair;
  pair.source_path = result->source->path();
  pair.target_path = result->target->path();
  pair.source_lang = result->source->lang();
  pair.target_lang = result->target->lang();
  pair.notes = result->notes;
  for (const Finding& finding : result->findings) {
    pair.findings.push_back({findingToJson(finding, *result->source, *result->target),
                             findingFingerprint(finding, *result->source, *result->target), &finding});
  }
  pair.result = std::move(result);
  return pair;
}

PairReport failedPairReport(std::string source_path, std::string target_path, std::string error) {
  PairReport pair;
  pair.source_path = std::move(source_path);
  pair.target_path = std::move(target_path);
  pair.error = std::move(error);
  return pair;
}

std::string plainFindingText(const PairReport& pair, const ReportedFinding& f) {
  std::ostringstream out;
  const auto& at = f.primaryLocation();
  out << (f.onTarget() ? pair.target_path : pair.source_path);
  if (at.is_object()) out << ':' << at.value("line", 0) << ':' << at.value("column", 0);
  out << ": " << f.contract.value("severity", "warning") << ": " << f.message() << " [" << f.rule() << "]\n";
  if (at.is_object()) out << "  " << at.value("text", "") << '\n';
  if (f.contract.contains("suggestion") && f.contract["suggestion"].is_string())
    out << "  suggestion: " << f.contract["suggestion"].get<std::string>() << '\n';
  const auto& other = f.secondaryLocation();
  if (other.is_object())
    out << "  " << (f.onTarget() ? "source " : "target ")
        << (f.onTarget() ? pair.source_path : pair.target_path) << ':' << other.value("line", 0) << ": "
        << other.value("text", "") << '\n';
  return out.str();
}

namespace {

// The contract without its findings: their place holds SplicedArray's placeholder.
nlohmann::json pairContractShell(const PairReport& pair) {
  const SeverityCounts c = pair.counts();
  nlohmann::json out = {{"tool", {{"name", "concord"}, {"version", CONCORD_VERSION}}},
                        {"source", {{"path", pair.source_path}, {"lang", pair.source_lang}}},
                        {"target", {{"path", pair.target_path}, {"lang", pair.target_lang}}},
                        {"notes", pair.notes},
                        {"summary", {{"errors", c.errors}, {"warnings", c.warnings}, {"infos", c.infos}}}};
  out["findings"] = SplicedArray::kPlaceholder;
  if (pair.error) out["error"] = *pair.error;
  return out;
}

// The contract's findings start this many spaces in, as dump(2) prints the contract.
constexpr std::size_t kFindingIndent = 4;

}  // namespace

std::string pairContractText(const PairReport& pair, const nlohmann::json& extra) {
  nlohmann::json shell = pairContractShell(pair);
  for (const auto& [key, value] : extra.items()) shell[key] = value;
  SplicedArray findings(kFindingIndent);
  for (const ReportedFinding& f : pair.findings) findings.add(f.contract);
  std::string text = findings.splice(shell, "findings");
  text.pop_back();  // splice's newline: the caller decides what follows
  return text;
}

}  // namespace concord
