// Markdown articles: headings, emphasis and links are not text, but positions still point into the file as
// the user sees it.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

TEST(Markdown, FindingsPointAtTheFileAsWritten) {
  const std::string dir = makeTempDir();
  writeFile(
      dir + "/story.fr.md",
      "# Le maire de **Kharkiv** parle\n\n"
      "Selon [l’AFP](https://example.org/afp?id=1500), le maire a dit : « Nous tiendrons. Toute la ville "
      "tiendra », a-t-il ajouté.\n");
  writeFile(
      dir + "/story.en.md",
      "# The mayor of **Kharkiv** speaks\n\n"
      "According to [AFP](https://example.org/afp?id=1500), the mayor said: “We will hold. “The whole city "
      "will hold,” he added.\n");
  const auto r = runConcord({"check", dir + "/story.fr.md", dir + "/story.en.md", "--format", "json",
                             "--rules", "quotes/unbalanced"});
  std::filesystem::remove_all(dir);
  ASSERT_EQ(r.exit_code, 1) << r.err << r.out;
  const auto findings = nlohmann::json::parse(r.out)["findings"];
  ASSERT_EQ(findings.size(), 1u) << r.out;
  const auto& target = findings[0]["target"];
  EXPECT_EQ(target["line"], 3);
  // Column in code points of the Markdown line, link syntax included.
  const std::string line =
      "According to [AFP](https://example.org/afp?id=1500), the mayor said: “We will hold. ";
  EXPECT_EQ(target["column"], line.size() - 2 + 1) << "“ is 3 bytes, 1 column";
  EXPECT_EQ(target["text"], "“The whole");
}

TEST(Markdown, HeadingIsAParagraphAndEmphasisIsNotAQuote) {
  const std::string dir = makeTempDir();
  writeFile(dir + "/a.fr.md", "## Le *Kremlin* « préoccupé »\n\nLe Kremlin a parlé.\n");
  writeFile(dir + "/a.en.md", "## The *Kremlin* “concerned”\n\nThe Kremlin spoke.\n");
  const auto r = runConcord({"align", dir + "/a.fr.md", dir + "/a.en.md", "--format", "json"});
  std::filesystem::remove_all(dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto links = nlohmann::json::parse(r.out)["links"];
  ASSERT_EQ(links.size(), 2u) << r.out;
  EXPECT_EQ(links[0]["target"]["lines"], "1");
  EXPECT_EQ(links[1]["target"]["lines"], "3");
}

}  // namespace
}  // namespace concord::testing
