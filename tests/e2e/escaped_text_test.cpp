// A finding on a word the file spells with an entity or an escape: its `text` is the decoded word (what the
// finding is about, docs/json.md), its place the file's bytes that spell it, in every format a reader
// decodes.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/finding_places.h"
#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

struct EscapedFile {
  std::string name;
  std::string bytes;
  std::string spelled;  // how the file writes the word the finding is about
};

TEST(EscapedText, FindingTextIsDecodedAndItsPlaceSpansTheSpelling) {
  const std::string dir = makeTempDir();
  const std::string source = dir + "/story.fr.txt";
  writeFile(source, "Les forces russes ont bombardé Kiev lundi.\n");
  const std::vector<EscapedFile> cases{
      {"story.en.html",
       "<html lang=\"en\"><body>\n<p>Russian forces shelled Kie&#118; on Monday.</p>\n</body></html>\n",
       "Kie&#118;"},
      {"story.en.json",
       "{\"uri\": \"u\", \"type\": \"text\", \"language\": \"en\",\n"
       " \"body_text\": \"Russian forces shelled Ki\\u0065v on Monday.\"}\n",
       "Ki\\u0065v"},
      {"story.en.xml",
       "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" xml:lang=\"en\"><contentSet>\n"
       "<inlineData>Russian forces shelled Kie&#x76; on Monday.</inlineData></contentSet></newsItem>\n",
       "Kie&#x76;"},
  };
  for (const EscapedFile& file : cases) {
    const std::string target = dir + "/" + file.name;
    writeFile(target, file.bytes);
    const auto report = checkJson({source, target, "--rules", "transliteration/house-style"});
    ASSERT_EQ(report["findings"].size(), 1u) << file.name << report.dump(1);
    const auto& at = report["findings"][0]["target"];
    const std::size_t begin = file.bytes.find(file.spelled);
    EXPECT_EQ(at["text"], "Kiev") << file.name;
    EXPECT_EQ(at["offset"], begin) << file.name;
    EXPECT_EQ(at["end_offset"], begin + file.spelled.size()) << file.name;
    EXPECT_EQ(at["line"], 2) << file.name;
    EXPECT_EQ(at["end_column"].get<std::size_t>() - at["column"].get<std::size_t>(), file.spelled.size())
        << file.name;
  }
  std::filesystem::remove_all(dir);
}

TEST(EscapedText, AnXliffTargetsEntityIsDecodedInTheFinding) {
  const std::string dir = makeTempDir();
  const std::string xlf = dir + "/story.xlf";
  writeFile(
      xlf,
      "<xliff version=\"1.2\"><file source-language=\"fr\" target-language=\"en\"><body>\n"
      "<trans-unit id=\"1\"><source>Les forces russes ont bombardé Kiev lundi.</source>\n"
      "<target>Russian forces shelled Kie&#118; on Monday.</target></trans-unit></body></file></xliff>\n");
  const auto report = checkJson({xlf, "--rules", "transliteration/house-style"});
  ASSERT_EQ(report["findings"].size(), 1u) << report.dump(1);
  const auto& at = report["findings"][0]["target"];
  EXPECT_EQ(at["text"], "Kiev");
  EXPECT_EQ(at["line"], 3);
  EXPECT_EQ(at["column"], 32);
  EXPECT_EQ(at["end_column"], 41);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace concord::testing
