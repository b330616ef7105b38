// The review page: escaping of hostile article text, highlights on exact bytes, gaps for 1-0 / 0-1 links.
#include "checker/output/html_reporter.h"

#include <regex>
#include <sstream>

#include <gtest/gtest.h>

namespace concord {
namespace {

std::size_t occurrences(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

CheckResult aligned(const std::string& source, const std::string& target) {
  CheckOptions options;
  options.language_check = false;
  return alignPair({"story.fr.txt", source, "fr"}, {"story.en.txt", target, "en"}, options);
}

Finding targetFinding(const CheckResult& r, std::string_view text, Severity severity, std::string message,
                      std::size_t occurrence = 0) {
  std::size_t at = r.target->original().find(text);
  for (; occurrence > 0; --occurrence) at = r.target->original().find(text, at + 1);
  Finding f;
  f.rule_id = "quotes/unbalanced";
  f.severity = severity;
  f.primary = Side::target;
  f.target = TextRange{at, at + text.size()};
  f.message = std::move(message);
  return f;
}

std::string render(const CheckResult& r) {
  std::ostringstream out;
  writeHtmlReview(r, r.findings, out, {{{"quotes/unbalanced", "# quotes/unbalanced\n<b>docs</b>\n"}}, "ap"});
  return out.str();
}

TEST(HtmlReview, HostileArticleTextRendersAsText) {
  CheckResult r = aligned("Le maire a parlé.\n",
                          "The mayor said <script>alert(1)</script> and \"><img src=x onerror=alert(2)>.\n");
  r.findings.push_back(targetFinding(r, "<script>", Severity::error, "odd <b>markup</b> \"quoted\""));
  const std::string page = render(r);
  EXPECT_EQ(occurrences(page, "<script"), 1u);  // the page's own script only
  EXPECT_EQ(occurrences(page, "<img"), 0u);
  EXPECT_EQ(occurrences(page, "<b>"), 0u);  // neither from the message nor from the rule docs
  EXPECT_NE(page.find("&lt;script&gt;</mark>alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(page.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  EXPECT_NE(
      page.find("title=\"error: odd &lt;b&gt;markup&lt;/b&gt; &quot;quoted&quot; [quotes/unbalanced]\""),
      std::string::npos);
  // No way to load anything: no URL of another origin in the page.
  EXPECT_EQ(occurrences(page, "http://"), 0u);
  EXPECT_EQ(occurrences(page, "https://"), 0u);
}

TEST(HtmlReview, HighlightsTheExactBytesOfMultiByteText) {
  CheckResult r = aligned("Les forces à Бахмут.\n", "The forces in «Bachmout» near Київ.\n");
  r.findings.push_back(targetFinding(r, "Bachmout", Severity::warning, "m1"));
  r.findings.push_back(targetFinding(r, "Київ", Severity::info, "m2"));
  const std::string page = render(r);
  EXPECT_NE(page.find("id=\"m1\" data-f=\"1\" title=\"warning: m1 [quotes/unbalanced]\">Bachmout</mark>»"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find(">Київ</mark>."), std::string::npos);
  EXPECT_NE(page.find("<mark class=\"hl sev-info\" id=\"m2\""), std::string::npos);
}

TEST(HtmlReview, OverlappingFindingsShareAPieceMarkedWithBoth) {
  CheckResult r = aligned("Le mot.\n", "The Legion Freedom for Russia said.\n");
  r.findings.push_back(targetFinding(r, "Legion Freedom", Severity::warning, "a"));
  r.findings.push_back(targetFinding(r, "Freedom for Russia", Severity::error, "b"));
  const std::string page = render(r);
  EXPECT_NE(page.find("data-f=\"1\" title=\"warning: a [quotes/unbalanced]\">Legion </mark>"),
            std::string::npos);
  // The shared word takes the worse severity and lists both findings.
  EXPECT_NE(page.find("<mark class=\"hl sev-error multi\" id=\"m2\" data-f=\"1 2\""), std::string::npos)
      << page;
  EXPECT_NE(page.find(">Freedom</mark>"), std::string::npos);
  EXPECT_NE(page.find("> for Russia</mark>"), std::string::npos);
}

TEST(HtmlReview, FindingAcrossTwoAlignedRowsIsHighlightedInBoth) {
  CheckResult r = aligned("Un. Deux.\n", "First one. Second one.\n");
  ASSERT_EQ(r.target->sentences().size(), 2u);
  r.alignment = Alignment({{0, 1, 0, 1, 1.0, 0.0, {}}, {1, 1, 1, 1, 1.0, 0.0, {}}}, 2, 2);
  r.findings.push_back(targetFinding(r, "one. Second", Severity::warning, "spans"));
  const std::string page = render(r);
  EXPECT_EQ(occurrences(page, "data-f=\"1\""), 2u + 1u);     // two pieces + the findings list item
  EXPECT_NE(page.find(">one. </mark>"), std::string::npos);  // the space between the sentences too
  EXPECT_NE(page.find(">Second</mark>"), std::string::npos);
}

TEST(HtmlReview, OmissionsAndAdditionsAreDrawnAsGaps) {
  CheckResult r = aligned("Un. Deux. Trois.\n", "One. Three. Four.\n");
  ASSERT_EQ(r.source->sentences().size(), 3u);
  ASSERT_EQ(r.target->sentences().size(), 3u);
  r.alignment = Alignment({{0, 1, 0, 1, 1.0, 0.0, {}},
                           {1, 1, 1, 0, 0.4, 0.0, {}},
                           {2, 1, 1, 1, 1.0, 0.0, {}},
                           {3, 0, 2, 1, 0.3, 0.0, {}}},
                          3, 3);
  const std::string page = render(r);
  EXPECT_EQ(occurrences(page, "class=\"cell gap tgt\""), 1u);
  EXPECT_EQ(occurrences(page, "class=\"cell gap src\""), 1u);
  EXPECT_EQ(occurrences(page, "data-kind=\"1-0\""), 1u);
  EXPECT_EQ(occurrences(page, "data-kind=\"0-1\""), 1u);
  EXPECT_EQ(occurrences(page, "uncertain alignment"), 2u);
  // Every sentence is shown once.
  for (const char* s : {"Un.", "Deux.", "Trois.", "One.", "Three.", "Four."})
    EXPECT_EQ(occurrences(page, s), 1u) << s;
}

TEST(HtmlReview, AMovedSentenceSaysWhereItsOtherHalfStands) {
  // "Deux." was translated first, on line 1 of the target ("Two."); the source has it on line 2.
  CheckResult r = aligned("Un.\nDeux.\nTrois.\n", "Two.\nOne.\nThree.\n");
  ASSERT_EQ(r.source->sentences().size(), 3u);
  ASSERT_EQ(r.target->sentences().size(), 3u);
  r.alignment = Alignment({{0, 0, 0, 1, 1.0, 0.0, 2},
                           {0, 1, 1, 1, 1.0, 0.0, {}},
                           {1, 1, 2, 0, 1.0, 0.0, 0},
                           {2, 1, 2, 1, 1.0, 0.0, {}}},
                          3, 3);
  const std::string page = render(r);
  EXPECT_EQ(
      occurrences(page, "class=\"cell gap moved src\"><span class=\"gap-label\">moved: source at line 2<"),
      1u);
  EXPECT_EQ(occurrences(
                page, "class=\"cell gap moved tgt\"><span class=\"gap-label\">moved: translated at line 1<"),
            1u);
  EXPECT_EQ(occurrences(page, "not in the"), 0u) << "a moved sentence is neither omitted nor added";
  EXPECT_NE(page.find("0 gaps, 1 moved sentence"), std::string::npos);
}

TEST(HtmlReview, EmbedsTheDocsOfTheRulesThatFired) {
  CheckResult r = aligned("Le mot.\n", "The word.\n");
  EXPECT_EQ(render(r).find("id=\"rule-quotes-unbalanced\""), std::string::npos);
  r.findings.push_back(targetFinding(r, "word", Severity::warning, "w"));
  const std::string page = render(r);
  EXPECT_NE(page.find("<article id=\"rule-quotes-unbalanced\">"), std::string::npos);
  EXPECT_NE(page.find("href=\"#rule-quotes-unbalanced\""), std::string::npos);
  EXPECT_NE(page.find("&lt;b&gt;docs&lt;/b&gt;"), std::string::npos);
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

// Many short paragraphs, a finding in each (the page walks its rows and marks together): every finding is
// highlighted once, in its own row, and a finding spanning two rows shows in both.
TEST(HtmlReview, EveryFindingOfManyParagraphsIsHighlightedInItsRow) {
  constexpr int kParagraphs = 400;
  std::string source, target;
  for (int i = 0; i < kParagraphs; ++i) {
    source += "Le maire a parlé " + std::to_string(i) + " fois.\n\n";
    target += "The mayor spoke " + std::to_string(i) + " times.\n\n";
  }
  CheckResult r = aligned(source, target);
  for (int i = 0; i < kParagraphs; ++i)
    r.findings.push_back(
        targetFinding(r, " " + std::to_string(i) + " times", Severity::warning, "n" + std::to_string(i)));
  const std::size_t last = r.target->original().rfind("The mayor spoke 398");
  Finding spanning = targetFinding(r, "times.", Severity::error, "across", 397);
  spanning.target->end = last + 3;  // "times.\n\nThe" of paragraphs 397 and 398
  r.findings.push_back(spanning);
  const std::string page = render(r);
  for (int i = 0; i < kParagraphs; ++i) {
    const std::string n = std::to_string(i + 1);
    EXPECT_EQ(occurrences(page, "id=\"m" + n + "\""), 1u) << i;
    EXPECT_NE(page.find("data-f=\"" + n + "\" title=\"warning: n" + std::to_string(i) + " "),
              std::string::npos)
        << i;
  }
  EXPECT_EQ(occurrences(page, "title=\"error: across [quotes/unbalanced]\""), 2u);
}

}  // namespace
}  // namespace concord
