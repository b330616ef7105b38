#include "checker/batch/baseline.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/json_text.h"
#include "checker/reading/text_file.h"

namespace concord {
namespace {

constexpr int kBaselineVersion = 1;

// NFC + case folding, then white space runs collapsed: reflowing a paragraph keeps the fingerprint.
std::string normalized(std::string_view text) {
  const std::string folded = foldKey(text);
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(folded, i, &len);
    if (len == 0) break;
    if (isWhiteSpace(cp)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(folded, i, len);
    }
    i += len;
  }
  return out;
}

// The sentence that holds `offset`, or the paragraph's text when no sentence does (headings, blank areas).
std::string_view contextAround(const Document& doc, std::size_t offset) {
  for (const Sentence& sentence : doc.sentences()) {
    if (sentence.range.begin <= offset && offset < std::max(sentence.range.end, sentence.range.begin + 1))
      return sentence.range.in(doc.original());
  }
  return {};
}

// FNV-1a, 64 bits: stable across platforms and runs (std::hash is not), and short enough to read.
std::string hexDigest(const std::string& bytes) {
  std::uint64_t hash = 1469598103934665603ull;
  for (const unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

std::string articleName(const std::string& path) {
  return path == "-" ? path : std::filesystem::path(path).filename().string();
}

auto entryKey(const FixedFinding& e) { return std::tie(e.article, e.rule, e.fingerprint, e.text); }

}  // namespace

std::string findingFingerprint(const Finding& finding, const Document& source, const Document& target) {
  const Document& doc = finding.primary == Side::target ? target : source;
  const TextRange range = finding.primaryRange();
  std::string key = finding.rule_id;
  key += '\x1f';
  key += articleName(target.path());
  key += '\x1f';
  key += normalized(range.in(doc.original()));
  key += '\x1f';
  key += normalized(contextAround(doc, range.begin));
  return hexDigest(key);
}

Baseline Baseline::load(const std::string& path) {
  const nlohmann::json doc =
      parseJsonText(readDataFile(path), path, 1, "not a Concord baseline (invalid JSON)");
  const auto version = doc.is_object() ? doc.find("version") : doc.end();
  if (!doc.is_object() || version == doc.end() || *version != kBaselineVersion || !doc.contains("findings") ||
      !doc["findings"].is_array())
    throw UserError(path, "not a Concord baseline (expected {\"version\": 1, \"findings\": [...]})");
  Baseline baseline;
  for (const auto& item : doc["findings"]) {
    if (!item.is_object() || !item.contains("fingerprint") || !item["fingerprint"].is_string())
      throw UserError(path, "baseline entry without a \"fingerprint\" string");
    // value() throws type_error for a field of another type ("rule": 7): say which field instead.
    auto text = [&](const char* key) {
      const auto it = item.find(key);
      if (it == item.end()) return std::string();
      if (!it->is_string())
        throw UserError(path, std::string("baseline entry whose \"") + key + "\" is not a string");
      return it->get<std::string>();
    };
    baseline.entries_.push_back(
        {item["fingerprint"].get<std::string>(), text("rule"), text("article"), text("text")});
  }
  std::sort(baseline.entries_.begin(), baseline.entries_.end(),
            [](const auto& a, const auto& b) { return entryKey(a) < entryKey(b); });
  return baseline;
}

Baseline Baseline::fromReport(const BatchReport& report) {
  Baseline baseline;
  for (const PairReport& pair : report.pairs) {
    for (const ReportedFinding& f : pair.findings) {
      const auto& loc = f.primaryLocation();
      baseline.entries_.push_back({f.fingerprint, f.rule(), articleName(pair.target_path),
                                   loc.is_object() ? loc.value("text", "") : std::string()});
    }
  }
  std::sort(baseline.entries_.begin(), baseline.entries_.end(),
            [](const auto& a, const auto& b) { return entryKey(a) < entryKey(b); });
  return baseline;
}

std::string Baseline::serialize() const {
  nlohmann::json findings = nlohmann::json::array();
  for (const FixedFinding& e : entries_) {
    findings.push_back(
        {{"fingerprint", e.fingerprint}, {"rule", e.rule}, {"article", e.article}, {"text", e.text}});
  }
  return nlohmann::json{{"version", kBaselineVersion}, {"tool", "concord"}, {"findings", findings}}.dump(2) +
         "\n";
}

void Baseline::apply(BatchReport& report) const {
  std::multiset<std::string> available;
  for (const FixedFinding& e : entries_) available.insert(e.fingerprint);
  std::set<std::string> articles_in_run;
  for (PairReport& pair : report.pairs) {
    articles_in_run.insert(articleName(pair.target_path));
    std::vector<ReportedFinding> kept;
    for (ReportedFinding& f : pair.findings) {
      const auto it = available.find(f.fingerprint);
      if (it != available.end()) {
        available.erase(it);
        ++report.baseline_hidden;
      } else {
        kept.push_back(std::move(f));
      }
    }
    pair.findings = std::move(kept);
  }
  for (const FixedFinding& e : entries_) {
    const auto it = available.find(e.fingerprint);
    if (it == available.end() || !articles_in_run.count(e.article)) continue;
    available.erase(it);
    report.fixed.push_back(e);
  }
}

}  // namespace concord
