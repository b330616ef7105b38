#include "checker/style_report/results.h"

namespace concord::report {

ResultSet resultSet(const BatchReport& report) {
  ResultSet results;
  results.articles = report.pairs;
  for (std::size_t i = 0; i < report.pairs.size(); ++i) {
    for (const ReportedFinding& f : report.pairs[i].findings) {
      const nlohmann::json& c = f.contract;
      FindingRecord record;
      record.article = i;
      record.rule = f.rule();
      record.category = c.contains("category") && c["category"].is_string()
                            ? c["category"].get<std::string>()
                            : record.rule.substr(0, record.rule.find('/'));
      record.severity = f.severity();
      record.side = f.onTarget() ? "target" : "source";
      const nlohmann::json& where = f.primaryLocation();
      if (where.is_object()) {
        record.text = where.value("text", "");
        if (where.contains("line") && where["line"].is_number_unsigned())
          record.line = where["line"].get<std::size_t>();
      }
      if (c.contains("suggestion") && c["suggestion"].is_string())
        record.suggestion = c["suggestion"].get<std::string>();
      record.message = f.message();
      results.findings.push_back(std::move(record));
    }
  }
  if (report.pairs.size() > 1) {
    std::string prefix = report.pairs.front().target_path;
    for (const PairReport& pair : report.pairs) {
      std::size_t n = 0;
      while (n < prefix.size() && n < pair.target_path.size() && prefix[n] == pair.target_path[n]) ++n;
      prefix.resize(n);
    }
    results.label_prefix = prefix.substr(0, prefix.rfind('/') + 1);  // whole folder names only
  }
  return results;
}

}  // namespace concord::report
