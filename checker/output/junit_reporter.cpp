// JUnit XML, the lowest common denominator of CI test views (Jenkins, GitLab, Azure): one testcase per
// article pair. A pair with findings at or above --fail-on fails with one <failure> listing them, a pair
// that could not be checked has one <error>, and findings below --fail-on are listed in <system-out>, so
// the test view agrees with the exit status. A testcase has at most one of <failure>/<error> (Ant's and
// Jenkins' schemas count failing testcases), so failures + errors never exceed tests.
#include <sstream>

#include <pugixml.hpp>

#include "checker/output/reporter.h"
#include "checker/output/visible_text.h"

namespace concord {
namespace {

struct PairVerdict {
  std::vector<const ReportedFinding*> failing;  // at or above --fail-on
  std::vector<const ReportedFinding*> passing;  // below it: shown, not failed
};

PairVerdict judge(const PairReport& pair, const std::optional<Severity>& fail_on) {
  PairVerdict verdict;
  for (const ReportedFinding& f : pair.findings)
    (fail_on && f.severity() >= *fail_on ? verdict.failing : verdict.passing).push_back(&f);
  return verdict;
}

// Each finding as the plain text report prints it, blank-line separated; XML 1.0 allows no C0 control
// character but tab and line ends, not even as &#27;, so controls are shown as pictures.
std::string findingsText(const PairReport& pair, const std::vector<const ReportedFinding*>& findings) {
  std::string text;
  for (const ReportedFinding* f : findings) {
    if (!text.empty()) text += '\n';
    text += plainFindingText(pair, *f);
  }
  return visibleControls(text);
}

void addFailure(pugi::xml_node testcase, const PairReport& pair, const PairVerdict& verdict,
                Severity fail_on) {
  Severity worst = fail_on;
  for (const ReportedFinding* f : verdict.failing) worst = std::max(worst, f->severity());
  const std::size_t n = verdict.failing.size();
  const ReportedFinding& first = *verdict.failing.front();
  std::string message = std::to_string(n);
  message += n == 1 ? " finding at or above " : " findings at or above ";
  message += severityName(fail_on);
  message += ": " + first.message() + " [" + first.rule() + "]";
  if (n > 1) message += " …";
  auto failure = testcase.append_child("failure");
  failure.append_attribute("message") = visibleControls(message).c_str();
  failure.append_attribute("type") = std::string(severityName(worst)).c_str();
  failure.text() = findingsText(pair, verdict.failing).c_str();
}

}  // namespace

std::string renderJunit(const BatchReport& report, const ReportOptions& options) {
  std::vector<PairVerdict> verdicts;
  std::size_t failures = 0;
  for (const PairReport& pair : report.pairs) {
    verdicts.push_back(judge(pair, options.fail_on));
    failures += !pair.error && !verdicts.back().failing.empty() ? 1 : 0;
  }
  const std::size_t errors = report.failedPairs();

  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto suites = doc.append_child("testsuites");
  auto suite = suites.append_child("testsuite");
  for (pugi::xml_node node : {suites, suite}) {
    node.append_attribute("name") = "concord";
    node.append_attribute("tests") = static_cast<unsigned long long>(report.pairs.size());
    node.append_attribute("failures") = static_cast<unsigned long long>(failures);
    node.append_attribute("errors") = static_cast<unsigned long long>(errors);
  }
  suite.append_attribute("skipped") = 0;
  for (std::size_t i = 0; i < report.pairs.size(); ++i) {
    const PairReport& pair = report.pairs[i];
    auto testcase = suite.append_child("testcase");
    const std::string target_path = visibleControls(pair.target_path);
    testcase.append_attribute("name") = target_path.c_str();
    testcase.append_attribute("classname") = ("concord." + pair.source_lang + "-" + pair.target_lang).c_str();
    testcase.append_attribute("file") = target_path.c_str();
    if (pair.error) {
      const std::string message = visibleControls(*pair.error);
      auto error = testcase.append_child("error");
      error.append_attribute("message") = message.c_str();
      error.append_attribute("type") = "input";
      error.text() = message.c_str();
      continue;
    }
    if (!verdicts[i].failing.empty()) addFailure(testcase, pair, verdicts[i], *options.fail_on);
    if (!verdicts[i].passing.empty())
      testcase.append_child("system-out").text() = findingsText(pair, verdicts[i].passing).c_str();
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace concord
