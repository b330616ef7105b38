// The rule docs as their readers get them: `concord explain` rendered for a terminal, the review page's
// "Rules in this review" rendered as HTML; Markdown syntax reaches neither.
#include <filesystem>

#include <gtest/gtest.h>

#include "checker/model/unicode_text.h"
#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

TEST(RuleDocs, ExplainLeavesNoMarkdownSyntax) {
  const auto explain = runConcord({"explain", "quotes/unbalanced"});
  ASSERT_EQ(explain.exit_code, 0) << explain.err;
  for (const std::string syntax : {"#", "`", "**", "\n- ", "\n```"})
    EXPECT_EQ(explain.out.find(syntax), std::string::npos) << syntax << " in:\n" << explain.out;
  EXPECT_NE(explain.out.find("\nWhat it checks\n--------------\n"), std::string::npos) << explain.out;
  EXPECT_NE(explain.out.find("\n• an opening mark inside a quotation"), std::string::npos) << explain.out;
  // The examples are a code block, indented, with the quotation marks as written.
  EXPECT_NE(explain.out.find("\n    “We will not give in. “The whole city will hold,” said the mayor.\n"),
            std::string::npos)
      << explain.out;
  for (std::size_t start = 0, end; start < explain.out.size(); start = end + 1) {
    end = explain.out.find('\n', start);
    const std::string_view line = std::string_view(explain.out).substr(start, end - start);
    // Wrapped to 80 columns off a terminal; a code block keeps its lines as written.
    if (!line.starts_with("    ")) {
      EXPECT_LE(codePointCount(line), 80u) << line;
    }
  }
}

TEST(RuleDocs, ReviewPageRendersTheDocsAsHtml) {
  const std::string dir = makeTempDir();
  const std::string page = dir + "/review.html";
  const auto r = runConcord({"check", repoPath("corpora/belgorod/source.fr.txt"),
                             repoPath("corpora/belgorod/target.en.txt"), "--format", "html", "--output", page,
                             "--rules", "quotes/unbalanced"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const std::string html = readFile(page);
  std::filesystem::remove_all(dir);
  const std::string docs = html.substr(html.find("<section class=\"rules\""));
  EXPECT_NE(docs.find("<h3>quotes/unbalanced</h3><div class=\"doc\"><p><strong>Category:</strong>"),
            std::string::npos)
      << docs;
  EXPECT_NE(docs.find("<h5>What it checks</h5>"), std::string::npos) << docs;
  EXPECT_NE(docs.find("<code>ulocdata_getDelimiter</code>"), std::string::npos) << docs;
  EXPECT_NE(docs.find("<li>a paragraph that starts with a closing mark;</li>"), std::string::npos) << docs;
  // The doc's own example of an HTML tag stays text.
  EXPECT_NE(docs.find("<code>&lt;a href=&quot;…&quot; title=&quot;…&quot;&gt;</code>"), std::string::npos)
      << docs;
  EXPECT_EQ(docs.find("## "), std::string::npos) << docs;
  EXPECT_EQ(docs.find('`'), std::string::npos) << docs;
}

}  // namespace
}  // namespace concord::testing
