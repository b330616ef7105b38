#include "checker/output/review_pages.h"

#include <filesystem>
#include <optional>
#include <set>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "checker/output/atomic_file.h"
#include "checker/output/html_escape.h"
#include "checker/output/reporter.h"

namespace concord {
namespace {

namespace fs = std::filesystem;

std::string countCell(std::size_t count, const char* kind) {
  return "<td class=\"n " + std::string(count ? kind : "zero") + "\">" + std::to_string(count) + "</td>";
}

// A plain index: the pairs in report order, so the desk can open each page from one place.
std::string indexPage(const BatchReport& report, const std::vector<std::string>& pages) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Concord review pages</title>\n"
      "<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#1f2328}"
      "table{border-collapse:collapse;width:100%}th,td{padding:.35rem .6rem;border-bottom:1px solid #d8dee4;"
      "text-align:left}td.n{text-align:right;white-space:nowrap}td.error{color:#b42318;font-weight:600}"
      "td.warning{color:#9a6700;font-weight:600}td.info{color:#1f5fa8}td.zero{color:#8c959f}"
      ".failed{color:#b42318}</style></head><body>\n<h1>Concord review pages</h1>\n";
  const SeverityCounts totals = report.counts();
  html += "<p>" + std::to_string(report.pairs.size()) + " article pairs: " + std::to_string(totals.errors) +
          " errors, " + std::to_string(totals.warnings) + " warnings, " + std::to_string(totals.infos) +
          " infos.</p>\n<table><thead><tr><th>target</th><th>source</th><th>errors</th><th>warnings</th>"
          "<th>infos</th></tr></thead><tbody>\n";
  for (std::size_t i = 0; i < report.pairs.size(); ++i) {
    const PairReport& pair = report.pairs[i];
    html += "<tr><td>";
    if (!pages[i].empty()) {
      html += "<a href=\"" + htmlEscape(pages[i]) + "\">" + htmlEscape(pair.target_path) + "</a>";
    } else {
      html += htmlEscape(pair.target_path);
    }
    html += "</td><td>" + htmlEscape(pair.source_path) + "</td>";
    if (pair.error) {
      html += "<td colspan=\"3\" class=\"failed\">" + htmlEscape(*pair.error) + "</td>";
    } else {
      const SeverityCounts counts = pair.counts();
      html += countCell(counts.errors, "error") + countCell(counts.warnings, "warning") +
              countCell(counts.infos, "info");
    }
    html += "</tr>\n";
  }
  return html + "</tbody></table>\n</body></html>\n";
}

// The folder every target path starts with ("/desk/wires/"), so page names keep only what tells them apart.
std::string sharedFolder(const BatchReport& report) {
  std::optional<std::string> shared;
  for (const PairReport& pair : report.pairs) {
    const std::string folder = fs::path(pair.target_path).parent_path().string();
    if (!shared) {
      shared = folder;
      continue;
    }
    while (!shared->empty() && !(folder == *shared || folder.rfind(*shared + "/", 0) == 0))
      *shared = fs::path(*shared).parent_path().string();
  }
  return shared ? *shared : std::string();
}

}  // namespace

std::string reviewPageName(const std::string& target_path) {
  std::string name;
  for (std::size_t i = 0; i < target_path.size();) {
    std::size_t length = 0;
    const char32_t cp = codePointAt(target_path, i, &length);
    length = std::max<std::size_t>(length, 1);
    const bool keep = isLetter(cp) || isDigit(cp) || cp == U'.' || cp == U'_' || cp == U'-';
    if (keep) {
      name.append(target_path, i, length);
    } else if (name.empty() || name.back() != '-') {
      name += '-';
    }
    i += length;
  }
  const std::size_t first = name.find_first_not_of(".-");
  return (first == std::string::npos ? std::string("article") : name.substr(first)) + ".html";
}

std::size_t stageReviewPages(const BatchReport& report, const std::string& dir, OutputFiles& files) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    throw UserError(dir,
                    "--format html:DIR on a batch writes one page per pair into a folder; this is a file");
  fs::create_directories(dir, ec);
  if (ec) throw UserError(dir, "cannot create the folder: " + ec.message());

  // Render everything first, so a failure leaves the folder as it was.
  std::vector<std::string> pages(report.pairs.size()), rendered(report.pairs.size());
  std::set<std::string> taken = {"index.html"};
  const std::string shared = sharedFolder(report);
  for (std::size_t i = 0; i < report.pairs.size(); ++i) {
    const PairReport& pair = report.pairs[i];
    if (!pair.result) continue;
    const std::string path =
        shared.empty() ? pair.target_path : fs::path(pair.target_path).lexically_relative(shared).string();
    std::string name = reviewPageName(path);
    for (int n = 2; taken.count(name); ++n) name = reviewPageName(path + "-" + std::to_string(n));
    taken.insert(name);
    pages[i] = name;
    rendered[i] = renderHtmlPair(pair);
  }
  const std::string index = indexPage(report, pages);
  std::size_t staged = 0;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].empty()) continue;
    files.stage((fs::path(dir) / pages[i]).string(), rendered[i]);
    ++staged;
  }
  files.stage((fs::path(dir) / "index.html").string(), index);
  return staged;
}

}  // namespace concord
