// JUnit XML, the lowest common denominator of CI test views (Jenkins, GitLab, Azure): one testcase per
// article pair, one <failure> per finding, one <error> for a pair that could not be checked.
#include <sstream>

#include <pugixml.hpp>

#include "checker/output/reporter.h"
#include "checker/output/visible_text.h"

namespace concord {
std::string renderJunit(const BatchReport& report) {
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  std::size_t failures = 0;
  for (const PairReport& pair : report.pairs) failures += pair.findings.size();
  const std::size_t errors = report.failedPairs();

  auto suites = doc.append_child("testsuites");
  suites.append_attribute("name") = "concord";
  suites.append_attribute("tests") = static_cast<unsigned long long>(report.pairs.size());
  suites.append_attribute("failures") = static_cast<unsigned long long>(failures);
  suites.append_attribute("errors") = static_cast<unsigned long long>(errors);
  auto suite = suites.append_child("testsuite");
  suite.append_attribute("name") = "concord";
  suite.append_attribute("tests") = static_cast<unsigned long long>(report.pairs.size());
  suite.append_attribute("failures") = static_cast<unsigned long long>(failures);
  suite.append_attribute("errors") = static_cast<unsigned long long>(errors);
  suite.append_attribute("skipped") = 0;
  for (const PairReport& pair : report.pairs) {
    auto testcase = suite.append_child("testcase");
    // XML 1.0 allows no C0 control character but tab and line ends, not even as &#27;: shown as pictures.
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
    for (const ReportedFinding& f : pair.findings) {
      auto failure = testcase.append_child("failure");
      failure.append_attribute("message") = visibleControls(f.message()).c_str();
      failure.append_attribute("type") = (f.contract.value("severity", "warning") + " " + f.rule()).c_str();
      failure.text() = visibleControls(plainFindingText(pair, f)).c_str();
    }
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace concord
