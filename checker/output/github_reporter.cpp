// GitHub Actions workflow commands: `::warning file=…,line=…::message` lines that the runner turns into
// annotations on the pull request's diff.
#include <sstream>

#include "checker/output/reporter.h"
#include "checker/output/visible_text.h"

namespace concord {
namespace {

// GitHub's escaping: in the message %, CR and LF; in property values also ':' and ','.
std::string escapeData(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escapeProperty(std::string_view text) {
  std::string out;
  for (const char c : escapeData(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string command(std::string_view severity) {
  return severity == "error" ? "error" : severity == "warning" ? "warning" : "notice";
}

}  // namespace

std::string renderGithub(const BatchReport& report) {
  std::ostringstream out;
  for (const PairReport& pair : report.pairs) {
    if (pair.error) {
      out << "::error file=" << escapeProperty(pair.target_path)
          << ",title=concord::" << escapeData(*pair.error) << '\n';
      continue;
    }
    for (const ReportedFinding& f : pair.findings) {
      const auto& at = f.primaryLocation();
      out << "::" << command(f.contract.value("severity", "warning"))
          << " file=" << escapeProperty(f.onTarget() ? pair.target_path : pair.source_path);
      if (at.is_object()) {
        out << ",line=" << at.value("line", 1) << ",col=" << at.value("column", 1)
            << ",endLine=" << at.value("end_line", 1) << ",endColumn=" << at.value("end_column", 1);
      }
      std::string message = f.message();
      if (f.contract.contains("suggestion") && f.contract["suggestion"].is_string())
        message += "\nsuggestion: " + f.contract["suggestion"].get<std::string>();
      out << ",title=" << escapeProperty(f.rule()) << "::" << escapeData(message) << '\n';
    }
  }
  // The runner prints these lines in the job log: an article's escape sequences must not act there.
  return visibleControls(out.str());
}

}  // namespace concord
