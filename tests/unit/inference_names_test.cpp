// The romanization rule must find drift in names that no data file knows. The fixture cases under
// tests/rules/transliteration/romanization/ and the corpus articles use the names below; this test fails as
// soon as one of them (drifted or corrected) appears in any file under dictionaries/, because the fixtures
// would then prove the data, not the inference.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "checker/model/data_dir.h"

namespace concord {
namespace {
namespace fs = std::filesystem;

const char* const kInferredNames[] = {
    // drifted as the fixtures and corpora have them, and the spelling the rule suggests
    "Koudriachov",   "Kudriashov",  "Kudryashov",  "Tkatschuk", "Tkachuk",   "Jarchenko", "Kharchenko",
    "Goumentchouk",  "Humenchuk",   "Galyna",      "Halyna",    "Hnatyshyn", "Rousakov",  "Rusakov",
    "Oleksandre",    "Bilouchenko", "Bilushenko",  "Wasylenko", "Vasylenko", "Jolodenko", "Kholodenko",
    "Pomerantchouk", "Pomeranchuk", "Sawtschenko", "Savchenko"};

TEST(InferredNames, AreInNoDataFile) {
  const fs::path root = dataPath("dictionaries");
  ASSERT_TRUE(fs::exists(root / "gazetteer")) << root;
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    ++files;
    for (const char* name : kInferredNames) {
      EXPECT_EQ(text.find(name), std::string::npos) << name << " is in " << entry.path();
    }
  }
  EXPECT_GT(files, 10u);
}

}  // namespace
}  // namespace concord
