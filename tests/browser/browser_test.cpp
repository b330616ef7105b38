// Renders the review page and the style-guide report in headless Chromium and checks the live DOM: every
// finding highlighted on its exact text, hostile article text inert, the page script working. Screenshots
// go to build/screenshots/ for people to look at. Skipped (with a message) when chromium is absent, except
// under CI=true, where a missing browser fails: CI installs it (scripts/test → install-deps --with-browser).
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/browser/headless_chromium.h"
#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

const std::string kScreenshots = std::string(CONCORD_BUILD_DIR) + "/screenshots";

struct DomMark {
  std::set<std::string> findings;
  std::string classes;
  std::string text;
};

std::string attribute(const std::string& attributes, const std::string& name) {
  const std::regex pattern("(?:^|\\s)" + name + "=\"([^\"]*)\"");
  std::smatch m;
  return std::regex_search(attributes, m, pattern) ? m[1].str() : "";
}

std::string unescape(std::string s) {
  for (const auto& [entity, c] : std::vector<std::pair<std::string, std::string>>{{"&lt;", "<"},
                                                                                  {"&gt;", ">"},
                                                                                  {"&quot;", "\""},
                                                                                  {"&#39;", "'"},
                                                                                  {"&nbsp;", "\u00a0"},
                                                                                  {"&amp;", "&"}}) {
    for (std::size_t at = s.find(entity); at != std::string::npos; at = s.find(entity, at + c.size()))
      s.replace(at, entity.size(), c);
  }
  return s;
}

// Highlights in the serialised DOM. Marks never nest (the page flattens overlaps), so a lazy match is exact.
std::vector<DomMark> marks(const std::string& dom) {
  std::vector<DomMark> out;
  static const std::regex kMark("<mark([^>]*)>([^<]*)</mark>");
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), kMark); it != std::sregex_iterator(); ++it) {
    const std::string attrs = (*it)[1].str();
    DomMark mark{{}, attribute(attrs, "class"), unescape((*it)[2].str())};
    std::istringstream ids(attribute(attrs, "data-f"));
    for (std::string id; ids >> id;) mark.findings.insert(id);
    if (!mark.findings.empty()) out.push_back(mark);
  }
  return out;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

class BrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto found = findChromium();
    if (!found) {
      const char* ci = std::getenv("CI");
      if (ci != nullptr && std::string(ci) == "true")
        FAIL() << "CI=true but chromium is not installed: scripts/test runs scripts/install-deps "
                  "--with-browser, which installs it";
      GTEST_SKIP() << "chromium is not installed, browser tests skipped (scripts/install-deps --with-browser "
                      "installs it; under CI=true this is a failure)";
    }
    chromium_ = *found;
    fs::create_directories(kScreenshots);
    dir_ = makeTempDir();
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  // Writes `concord <args>` output (exit 0 or 1 expected) to `name` in the temp folder.
  std::string page(const std::vector<std::string>& args, const std::string& name) {
    const ProcessResult run = runConcord(args);
    EXPECT_LE(run.exit_code, 1) << run.err;
    const std::string path = dir_ + "/" + name;
    writeFile(path, run.out);
    return path;
  }

  PageCapture load(const std::string& path, const std::string& fragment, const std::string& screenshot) {
    PageCapture capture = capturePage(chromium_, "file://" + path + fragment,
                                      screenshot.empty() ? "" : kScreenshots + "/" + screenshot);
    EXPECT_TRUE(capture.ok) << capture.log;
    EXPECT_NE(capture.dom.find("<html"), std::string::npos) << capture.log;
    return capture;
  }

  std::string chromium_;
  std::string dir_;
};

TEST_F(BrowserTest, SeedReviewPageHighlightsEveryFindingOnItsExactText) {
  const std::vector<std::string> pair = {repoPath("corpora/belgorod/source.fr.txt"),
                                         repoPath("corpora/belgorod/target.en.txt")};
  std::vector<std::string> json_args = {"check"};
  json_args.insert(json_args.end(), pair.begin(), pair.end());
  json_args.insert(json_args.end(), {"--format", "json"});
  const nlohmann::json report = nlohmann::json::parse(runConcord(json_args).out);
  const auto& findings = report.at("findings");
  ASSERT_FALSE(findings.empty()) << "the seed has known findings";

  std::vector<std::string> html_args = json_args;
  html_args.back() = "html";
  const std::string path = page(html_args, "belgorod.html");
  // The screenshot is taken unscrolled: headless Chromium paints scrolled screenshots blank.
  const PageCapture capture = load(path, "", "review-belgorod.png");
  const std::string& dom = capture.dom;
  EXPECT_NE(dom.find("<html lang=\"en\" data-ready=\"1\">"), std::string::npos);
  EXPECT_EQ(count(dom, "<li class=\"finding"), findings.size());

  const auto all = marks(dom);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const std::string id = std::to_string(i + 1);
    const nlohmann::json& f = findings[i];
    const nlohmann::json& where = f.at(f.at("side").get<std::string>());
    std::string highlighted;
    bool severity_shown = false;
    for (const DomMark& m : all) {
      if (!m.findings.contains(id)) continue;
      highlighted += m.text;
      severity_shown |= m.classes.find("sev-" + f.at("severity").get<std::string>()) != std::string::npos ||
                        m.findings.size() > 1;
      EXPECT_NE(m.classes.find("hl"), std::string::npos) << m.classes;
    }
    EXPECT_EQ(highlighted, where.at("text").get<std::string>()) << "finding " << id << ": " << f.dump();
    EXPECT_TRUE(severity_shown) << "finding " << id;
  }
  // A #f2 deep link: the script selects finding 2 and opens its card.
  const PageCapture linked = load(path, "#f2", "");
  for (const DomMark& m : marks(linked.dom)) {
    EXPECT_EQ(m.findings.contains("2"), m.classes.find(" sel") != std::string::npos) << m.classes;
  }
  EXPECT_NE(
      linked.dom.find("<div id=\"detail\" class=\"detail\" role=\"dialog\" aria-label=\"Finding\"><button"),
      std::string::npos);
  for (const DomMark& m : all)
    EXPECT_EQ(m.classes.find(" sel"), std::string::npos) << "nothing selected by default";
}

TEST_F(BrowserTest, HostileArticleTextStaysText) {
  const std::string path = page({"check", repoPath("tests/browser/fixtures/xss/source.fr.txt"),
                                 repoPath("tests/browser/fixtures/xss/target.en.txt"), "--source-lang", "fr",
                                 "--target-lang", "en", "--no-language-check", "--format", "html"},
                                "xss.html");
  const PageCapture capture = load(path, "", "review-xss.png");
  const std::string& dom = capture.dom;
  EXPECT_NE(dom.find("data-ready=\"1\""), std::string::npos) << "the page script must still run";
  EXPECT_EQ(count(dom, "<script"), 1u) << "only the page's own script element may exist";
  EXPECT_EQ(count(dom, "<img"), 0u);
  EXPECT_EQ(count(dom, "data-pwned=\""), 0u) << "an injected handler ran";
  // Both sides show the hostile text, as text (highlights may cut it: read it without them).
  const std::string text = std::regex_replace(dom, std::regex("</?mark[^>]*>"), "");
  EXPECT_EQ(count(text, "&lt;script&gt;document.body.setAttribute('data-pwned','script')&lt;/script&gt;"),
            2u);
  EXPECT_EQ(count(text, "\"&gt;&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"&gt;"),
            2u);
  EXPECT_NE(dom.find("Київ"), std::string::npos);
  EXPECT_FALSE(marks(dom).empty()) << "the fixture's quotation errors are highlighted";
}

TEST_F(BrowserTest, StyleGuideReportDrawsItsCharts) {
  // A month of copy: the seed on two days and the hostile fixture on a third.
  const std::string wires = dir_ + "/wires";
  for (const auto& [folder, from] :
       std::map<std::string, std::string>{{"2026-03-01", "corpora/belgorod"},
                                          {"2026-03-09", "corpora/belgorod"},
                                          {"2026-03-20", "tests/browser/fixtures/xss"}}) {
    fs::create_directories(wires + "/" + folder);
    fs::copy_file(repoPath(from + "/source.fr.txt"), wires + "/" + folder + "/story.fr.txt");
    fs::copy_file(repoPath(from + "/target.en.txt"), wires + "/" + folder + "/story.en.txt");
  }
  const std::string path = page({"report", wires, "--source-lang", "fr", "--target-lang", "en",
                                 "--no-language-check", "--format", "html"},
                                "report.html");
  const PageCapture capture = load(path, "", "report.png");
  const std::string& dom = capture.dom;
  EXPECT_GE(count(dom, "<svg"), 3u);  // categories, rules, trend (+ drift when spelling rules fire)
  EXPECT_EQ(count(dom, "<polyline"), 1u);
  EXPECT_EQ(count(dom, "<script"), 0u);
  EXPECT_EQ(count(dom, "<img"), 0u);
  EXPECT_NE(dom.find("2026-03-01"), std::string::npos);
  EXPECT_NE(dom.find("2026-03-20"), std::string::npos);
}

TEST_F(BrowserTest, StyleGuideReportOverTheCorpora) {
  // Every corpus article, in its own language pair; the same report read back from JSON Lines.
  const std::string path = page({"report", repoPath("corpora"), "--format", "html"}, "corpora.html");
  const PageCapture capture = load(path, "", "report-corpora.png");
  const std::string& dom = capture.dom;
  std::size_t articles = 0;  // one folder per article pair
  for (const auto& entry : std::filesystem::directory_iterator(repoPath("corpora")))
    articles += entry.is_directory() ? 1 : 0;
  EXPECT_NE(dom.find(std::to_string(articles) + " articles"), std::string::npos) << articles;
  EXPECT_EQ(count(dom, "Not checked"), 0u) << "every corpus pair is checked";
  EXPECT_GE(count(dom, "<svg"), 3u);
  EXPECT_NE(dom.find("belgorod"), std::string::npos);
}

TEST_F(BrowserTest, ReviewPagePrints) {
  const std::string path = page({"check", repoPath("corpora/belgorod/source.fr.txt"),
                                 repoPath("corpora/belgorod/target.en.txt"), "--format", "html"},
                                "belgorod.html");
  EXPECT_TRUE(printToPdf(chromium_, "file://" + path, kScreenshots + "/review-belgorod.pdf"));
  EXPECT_GT(fs::file_size(kScreenshots + "/review-belgorod.pdf"), 10000u);
}

}  // namespace
}  // namespace concord::testing
