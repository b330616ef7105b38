// Bilingual files given as one argument (XLIFF, TMX, PO): the same findings as the text pair they were made
// from, positions in the file the user opened, in every output format, and refusals of unsafe input.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/finding_places.h"
#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

TEST(BilingualFiles, SeedPairAsXliffAndAsPoGivesTheTextPairsFindings) {
  const auto text =
      checkJson({repoPath("corpora/belgorod/source.fr.txt"), repoPath("corpora/belgorod/target.en.txt")});
  // belgorod.xlf and belgorod.en.po come from the pair through Translate Toolkit (make_seed_files.sh).
  const std::string xlf = repoPath("tests/data/bilingual/belgorod.xlf");
  const std::string po = repoPath("tests/data/bilingual/belgorod.en.po");
  const auto xliff = checkJson({xlf});
  const auto catalogue = checkJson({po, "--source-lang", "fr"});
  EXPECT_EQ(countsByRule(xliff), countsByRule(text));
  EXPECT_EQ(countsByRule(catalogue), countsByRule(text));
  EXPECT_EQ(xliff["source"]["lang"], "fr");
  EXPECT_EQ(xliff["target"]["lang"], "en");
  EXPECT_EQ(catalogue["target"]["lang"], "en");
  for (const auto& [path, report] : {std::pair{xlf, xliff}, std::pair{po, catalogue}}) {
    const std::string bytes = readFile(path);
    expectEveryFindingAtItsPlace(report, bytes, bytes);
  }
}

TEST(BilingualFiles, TmxPositionsAccountForEntitiesInEveryFormat) {
  const std::string tmx = repoPath("tests/data/bilingual/kyiv.tmx");
  const auto report = checkJson({tmx});
  ASSERT_EQ(report["findings"].size(), 1u) << report.dump(1);  // codes <b>, <br/> are not text
  const auto& target = report["findings"][0]["target"];
  EXPECT_EQ(report["findings"][0]["rule"], "transliteration/house-style");
  EXPECT_EQ(target["line"], 11);
  EXPECT_EQ(target["column"], 55) << "after &quot;: the file's column, not the decoded text's";
  EXPECT_EQ(target["text"], "Kiev");
  EXPECT_EQ(report["target"]["lang"], "en-US");

  const auto sarif = runConcord({"check", tmx, "--format", "sarif"});
  const auto region =
      nlohmann::json::parse(sarif.out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startLine"], 11);
  EXPECT_EQ(region["startColumn"], 55);
  const auto github = runConcord({"check", tmx, "--format", "github"});
  EXPECT_NE(github.out.find("file=" + tmx + ",line=11,col=55,"), std::string::npos) << github.out;
  const auto text = runConcord({"check", tmx});
  EXPECT_NE(text.out.find(tmx + ":11:55: warning:"), std::string::npos) << text.out;
}

TEST(BilingualFiles, CatalogueFromUsrShareLocale) {
  // A real catalogue: iso-codes' French country names (scripts/install-deps installs iso-codes and gettext).
  const std::string mo = "/usr/share/locale/fr/LC_MESSAGES/iso_3166-3.mo";
  ASSERT_TRUE(std::filesystem::exists(mo)) << mo;
  const std::string dir = makeTempDir();
  const std::string po = dir + "/iso_3166-3.fr.po";
  ASSERT_EQ(std::system(("msgunfmt " + mo + " -o " + po).c_str()), 0);
  const auto r = runConcord({"check", po, "--source-lang", "en", "--format", "json"});
  ASSERT_NE(r.exit_code, 2) << r.err;
  const auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["target"]["lang"], "fr") << "from the header's Language";
  const std::string bytes = readFile(po);
  for (const auto& finding : report["findings"]) expectAtItsPlace(bytes, finding["target"]);
  std::filesystem::remove_all(dir);
}

TEST(BilingualFiles, FlagsOverrideTheFilesLanguages) {
  const auto r = runConcord(
      {"check", repoPath("tests/data/bilingual/belgorod.xlf"), "--target-lang", "en-GB", "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(r.out)["target"]["lang"], "en-GB");
}

TEST(BilingualFiles, FolderBatchReadsThemByExtension) {
  const std::string dir = makeTempDir();
  std::filesystem::copy_file(repoPath("tests/data/bilingual/kyiv.tmx"), dir + "/kyiv.tmx");
  std::filesystem::copy_file(repoPath("tests/data/bilingual/belgorod.xlf"), dir + "/belgorod.xlf");
  const auto r = runConcord({"check", dir, "--format", "json"});
  std::filesystem::remove_all(dir);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("kyiv.tmx"), std::string::npos) << r.out.substr(0, 2000);
  EXPECT_NE(r.out.find("belgorod.xlf"), std::string::npos);
}

TEST(BilingualFiles, BadInputIsOneLineExitTwoInBoundedTime) {
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n <!ENTITY l0 \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    laughs += " <!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) laughs += "&l" + std::to_string(i - 1) + ";";
    laughs += "\">\n";
  }
  laughs +=
      "]>\n<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\"><body>"
      "<trans-unit id=\"1\"><source>&l9;</source><target>&l9;</target></trans-unit></body></file></xliff>\n";
  const std::vector<BadFile> cases{
      {"laughs.xlf", laughs, ":2:11: the document type declaration declares entities"},
      {"external.xlf",
       "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]>\n<xliff "
       "version=\"1.2\"/>\n",
       ":2:11: the document type declaration"},
      {"broken.xlf", "<xliff version=\"1.2\">\n  <file>\n    <body></file>\n</xliff>\n", ":3:"},
      {"wrong.tmx", "<xliff version=\"1.2\"/>\n", ": not a TMX document"},
      {"bad.po", "msgid \"a\"\nmsgstr \"b\" x\n", ":2: keyword \"x\" unknown"},
      {"empty.xlf", "<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"/></xliff>\n",
       ": no translation unit with source text"},
  };
  expectEachRefusedInOneLine(cases);
}

}  // namespace
}  // namespace concord::testing
