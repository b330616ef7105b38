// `--format xliff`: the XLIFF file checked, written back with the findings as notes of their units, for the
// translator's CAT tool; read back by Translate Toolkit, Debian's reader of XLIFF.
#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

// The seed article as XLIFF 1.2, made by Translate Toolkit's po2xliff
// (tests/data/bilingual/make_seed_files.sh).
const std::string kSeedXliff = "tests/data/bilingual/belgorod.xlf";

// Translate Toolkit's Python module, where Debian's translate-toolkit installs it (xliff2po runs on it).
const char* const kToolkitPython = "/usr/bin/python3";

// Rules enough for findings in many units, without the slower ones (spelling, the lexicon's alignment
// evidence): each test stays well under two seconds.
const std::string kRules = "transliteration/house-style,quotes,typography";

bool toolkitInstalled() {
  return std::system(
             (std::string(kToolkitPython) + " -c 'import translate.storage.xliff' 2>/dev/null").c_str()) == 0;
}

// Each unit's notes as Translate Toolkit reads them: "id<TAB>note" lines.
std::string notesReadByToolkit(const std::string& xliff, const std::string& dir) {
  const std::string script = dir + "/notes.py";
  writeFile(script,
            "import sys\n"
            "from translate.storage import xliff\n"
            "store = xliff.xlifffile.parsefile(sys.argv[1])\n"
            "for unit in store.unit_iter():\n"
            "    for note in unit.getnotes('concord').splitlines():\n"
            "        print(unit.getid() + '\\t' + note)\n");
  const std::string out = dir + "/notes.txt";
  const int status =
      std::system((std::string(kToolkitPython) + " " + script + " " + xliff + " > " + out).c_str());
  EXPECT_EQ(status, 0);
  return readFile(out);
}

TEST(XliffOutput, SeedNotesOpenInTranslateToolkitOnePerFinding) {
  if (!toolkitInstalled())
    GTEST_SKIP() << kToolkitPython << " cannot import translate.storage.xliff (Debian's translate-toolkit)";
  const std::string dir = makeTempDir();
  const std::string written = dir + "/checked.xlf";
  const auto run = runConcord(
      {"check", repoPath(kSeedXliff), "--format", "xliff:" + written, "--format", "json", "--rules", kRules});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  const auto findings = nlohmann::json::parse(run.out)["findings"];
  ASSERT_GT(findings.size(), 5u);

  const std::string notes = notesReadByToolkit(written, dir);
  EXPECT_EQ(static_cast<std::size_t>(std::count(notes.begin(), notes.end(), '\n')), findings.size()) << notes;
  EXPECT_NE(notes.find("warning: “Kiev” is written “Kyiv”"), std::string::npos) << notes;
  EXPECT_NE(notes.find("[transliteration/house-style] Suggestion: Kyiv"), std::string::npos) << notes;
  std::filesystem::remove_all(dir);
}

TEST(XliffOutput, Xliff12NotesStandInTheirTransUnitAfterTheTarget) {
  const std::string dir = makeTempDir();
  const auto run = runConcord(
      {"check", repoPath(kSeedXliff), "--format", "xliff", "--rules", "transliteration/house-style"});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(run.out.c_str())) << run.out;
  std::size_t notes = 0;
  for (const pugi::xpath_node& found : doc.select_nodes("//*[local-name()='note'][@from='concord']")) {
    const pugi::xml_node note = found.node();
    EXPECT_STREQ(note.parent().name(), "trans-unit");
    EXPECT_STREQ(note.previous_sibling("target").name(), "target") << "after the <target>";
    EXPECT_STREQ(note.attribute("annotates").value(), "target");
    const std::string text = note.child_value();
    EXPECT_TRUE(text.starts_with("warning: ")) << text;
    // The unit it stands in holds the name the note quotes ("warning: “Kiev” is written …").
    const auto open = text.find("“");
    const auto close = text.find("”", open);
    ASSERT_NE(close, std::string::npos) << text;
    const std::string quoted = text.substr(open + 3, close - open - 3);
    EXPECT_NE(std::string(note.parent().child("target").child_value()).find(quoted), std::string::npos)
        << text;
    ++notes;
  }
  EXPECT_GE(notes, 4u);
  std::filesystem::remove_all(dir);
}

TEST(XliffOutput, RunningOnItsOwnOutputGivesTheSameFileAndFindings) {
  const std::string dir = makeTempDir();
  const std::string once = dir + "/once.xlf";
  const std::string twice = dir + "/twice.xlf";
  const auto first = runConcord(
      {"check", repoPath(kSeedXliff), "--format", "xliff:" + once, "--format", "json", "--rules", kRules});
  const auto second =
      runConcord({"check", once, "--format", "xliff:" + twice, "--format", "json", "--rules", kRules});
  ASSERT_EQ(second.exit_code, 1) << second.err;
  EXPECT_EQ(readFile(twice), readFile(once)) << "notes replaced, not added";
  EXPECT_EQ(nlohmann::json::parse(second.out)["findings"].size(),
            nlohmann::json::parse(first.out)["findings"].size())
      << "Concord's own notes are neither text nor directives";
  std::filesystem::remove_all(dir);
}

TEST(XliffOutput, Xliff2NotesStandBeforeTheSegment) {
  const std::string dir = makeTempDir();
  const std::string story = dir + "/story.xlf";
  writeFile(story,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"fr\" "
            "trgLang=\"en\">\n"
            "  <file id=\"f1\">\n"
            "    <unit id=\"u1\">\n"
            "      <segment>\n"
            "        <source>Le maire de Kiev a parlé hier soir devant le conseil municipal.</source>\n"
            "        <target>The mayor of Kiev spoke last night before the city council.</target>\n"
            "      </segment>\n"
            "    </unit>\n"
            "  </file>\n"
            "</xliff>\n");
  const auto run = runConcord(
      {"check", story, "--format", "xliff", "--rules", "transliteration/house-style", "--no-language-check"});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(
      run.out.find("    <unit id=\"u1\">\n      <notes>\n        <note category=\"concord\" priority=\"3\" "
                   "appliesTo=\"target\">warning: “Kiev” is written “Kyiv”"),
      std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("</note>\n      </notes>\n      <segment>"), std::string::npos) << run.out;
  std::filesystem::remove_all(dir);
}

TEST(XliffOutput, AnythingButOneXliffFileIsAUsageError) {
  const std::string dir = makeTempDir();
  const std::string written = dir + "/out.xlf";
  for (const std::vector<std::string>& inputs :
       {std::vector<std::string>{repoPath("corpora/belgorod/source.fr.txt"),
                                 repoPath("corpora/belgorod/target.en.txt")},
        std::vector<std::string>{repoPath("tests/data/bilingual/belgorod.en.po"), "--source-lang", "fr"},
        std::vector<std::string>{repoPath("tests/data/bilingual/kyiv.tmx")}}) {
    std::vector<std::string> args{"check"};
    args.insert(args.end(), inputs.begin(), inputs.end());
    args.insert(args.end(), {"--format", "xliff:" + written});
    const auto run = runConcord(args);
    EXPECT_EQ(run.exit_code, 2) << inputs[0];
    EXPECT_EQ(run.err.find("concord: error: --format xliff"), 0u) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
    EXPECT_FALSE(std::filesystem::exists(written));
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace concord::testing
