// concord.toml's [formats] (more extensions, each read as one of Concord's formats) and [xliff]
// check-states (which XLIFF units are checked), through check, folder batches, --format xliff and serve.
#include <filesystem>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "tests/support/finding_places.h"
#include "tests/support/run_binary.h"
#include "tests/support/server_process.h"

namespace concord::testing {
namespace {

namespace fs = std::filesystem;

// The rules that find Kiev and the omissions: fast, and enough to tell how a file was read.
const std::string kRules = "transliteration/house-style,omission,quotes";

class FormatSettings : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = makeTempDir(); }
  void TearDown() override { fs::remove_all(dir_); }
  std::string copy(const std::string& repo_file, const std::string& name) {
    fs::copy_file(repoPath(repo_file), dir_ + "/" + name);
    return dir_ + "/" + name;
  }
  void config(const std::string& toml) { writeFile(dir_ + "/concord.toml", toml); }
  std::string dir_;
};

// The target lines the findings of `report` stand on, per rule: "rule@line".
std::multiset<std::string> placesOf(const nlohmann::json& report) {
  std::multiset<std::string> places;
  for (const auto& finding : report["findings"]) {
    const auto& at = finding["target"].is_null() ? finding["source"] : finding["target"];
    places.insert(finding["rule"].get<std::string>() + "@" + std::to_string(at["line"].get<int>()));
  }
  return places;
}

TEST_F(FormatSettings, AMappedExtensionIsABilingualFileForCheckBatchAndXliffOutput) {
  const std::string job = copy("tests/data/bilingual/belgorod.xlf", "job.sdlxliff");
  const auto unmapped = runConcord({"check", job});
  EXPECT_EQ(unmapped.exit_code, 2);
  EXPECT_NE(unmapped.err.find("the target is missing"), std::string::npos) << unmapped.err;

  config("[formats]\n\".sdlxliff\" = \"xliff\"\n\".mxliff\" = \"xliff\"\n");
  const auto as_xlf = checkJson({repoPath("tests/data/bilingual/belgorod.xlf"), "--rules", kRules});
  const auto mapped = checkJson({job, "--rules", kRules});
  EXPECT_EQ(placesOf(mapped), placesOf(as_xlf));
  ASSERT_FALSE(mapped["findings"].empty());

  const auto written =
      runConcord({"check", job, "--rules", kRules, "--format", "xliff:" + dir_ + "/out.xlf"});
  EXPECT_EQ(written.exit_code, 1) << written.err;
  EXPECT_NE(readFile(dir_ + "/out.xlf").find("<note from=\"concord\""), std::string::npos);

  fs::rename(dir_ + "/out.xlf", dir_ + "/other.mxliff");  // a batch takes both as pairs by themselves
  const auto batch = runConcord({"check", dir_, "--rules", kRules, "--format", "json"});
  EXPECT_EQ(batch.exit_code, 1) << batch.err;
  const auto pairs = nlohmann::json::parse(batch.out)["pairs"];
  ASSERT_EQ(pairs.size(), 2u) << batch.out.substr(0, 2000);
  for (const auto& pair : pairs) {
    EXPECT_FALSE(pair.contains("error") && !pair["error"].is_null()) << pair.dump().substr(0, 500);
    EXPECT_EQ(pair["source"]["path"], pair["target"]["path"]);
  }
}

TEST_F(FormatSettings, MappedArticleExtensionsPairInABatchAndReadAsTheirFormat) {
  const std::string fr = copy("tests/data/html/belgorod.fr.html", "belgorod.fr.htm5");
  const std::string en = copy("tests/data/html/belgorod.en.html", "belgorod.en.htm5");
  config("[formats]\n\".htm5\" = \"html\"\n");
  const auto as_html = checkJson({repoPath("tests/data/html/belgorod.fr.html"),
                                  repoPath("tests/data/html/belgorod.en.html"), "--rules", kRules});
  const auto mapped = checkJson({fr, en, "--rules", kRules});
  EXPECT_EQ(placesOf(mapped), placesOf(as_html)) << "scripts and navigation are not text";

  const auto batch = runConcord(
      {"check", dir_, "--source-lang", "fr", "--target-lang", "en", "--rules", kRules, "--format", "json"});
  EXPECT_EQ(batch.exit_code, 1) << batch.err;
  const auto pairs = nlohmann::json::parse(batch.out)["pairs"];
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(placesOf(pairs[0]), placesOf(as_html));
}

TEST_F(FormatSettings, ServeReadsTheNamesOfARequestByTheWorkingFoldersConfig) {
  config("[formats]\n\".htm5\" = \"html\"\n");
  const nlohmann::json request{
      {"source", "Les forces russes ont bombardé la ville lundi. Le maire a appelé au calme."},
      {"target",
       "<html lang=\"en\"><body><p>Russian forces shelled the city on Monday. The mayor called for calm.</p>"
       "<script>var city = \"Kiev\";</script></body></html>"},
      {"source_lang", "fr"},
      {"target_lang", "en"},
      {"target_name", "story.en.htm5"},
      {"rules", {"transliteration/house-style"}}};
  ServerProcess server({"--preload", "none"}, dir_);
  httplib::Client http("127.0.0.1", server.port());
  const auto answer = http.Post("/v1/check", request.dump(), "application/json");
  ASSERT_TRUE(answer);
  ASSERT_EQ(answer->status, 200) << answer->body;
  EXPECT_TRUE(nlohmann::json::parse(answer->body)["findings"].empty())
      << "a script is not text in HTML: " << answer->body;
}

TEST_F(FormatSettings, XliffCheckStatesOfAFileWrittenByPo2xliff) {
  // po2xliff wrote the fuzzy message as state="needs-translation", the translated one as "translated", the
  // untranslated one as an empty <target> (tests/data/bilingual/make_states_file.sh).
  const std::string xlf = copy("tests/data/bilingual/kiev-states.xlf", "kiev-states.xlf");
  const auto by_default = checkJson({xlf, "--rules", kRules});
  EXPECT_EQ(placesOf(by_default),
            (std::multiset<std::string>{"transliteration/house-style@15", "omission/sentence@17",
                                        "omission/sentence@20"}))
      << by_default.dump(1);

  config("[xliff]\ncheck-states = [\"translated\"]\n");
  const auto translated_only = checkJson({xlf, "--rules", kRules});
  EXPECT_EQ(placesOf(translated_only),
            (std::multiset<std::string>{"transliteration/house-style@15", "omission/sentence@20"}))
      << "the needs-translation unit is skipped, never reported; the one without a state is read";
}

TEST_F(FormatSettings, XliffCheckStatesOfXliff2Segments) {
  const std::string xlf = copy("tests/data/bilingual/kiev-states-2.xlf", "kiev-states-2.xlf");
  const auto by_default = checkJson({xlf, "--rules", kRules});
  EXPECT_EQ(placesOf(by_default),
            (std::multiset<std::string>{"transliteration/house-style@8", "transliteration/house-style@14",
                                        "transliteration/house-style@20", "transliteration/house-style@26"}));
  config("[xliff]\ncheck-states = [\"reviewed\", \"final\"]\n");
  const auto reviewed = checkJson({xlf, "--rules", kRules});
  EXPECT_EQ(placesOf(reviewed),
            (std::multiset<std::string>{"transliteration/house-style@20", "transliteration/house-style@26"}))
      << "a segment without state is initial";
}

}  // namespace
}  // namespace concord::testing
