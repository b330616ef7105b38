// Bad input never crashes and never writes: one line on stderr naming the file (and position), exit 2.
#include <filesystem>

#include <gtest/gtest.h>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

const std::string kSource = repoPath("corpora/belgorod/source.fr.txt");
const std::string kTarget = repoPath("corpora/belgorod/target.en.txt");

std::size_t lineCount(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

void expectUserError(const ProcessResult& r, const std::string& must_mention) {
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_TRUE(r.out.empty()) << "nothing on stdout: " << r.out;
  EXPECT_EQ(lineCount(r.err), 1u) << "one line: " << r.err;
  EXPECT_EQ(r.err.rfind("concord: error: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find(must_mention), std::string::npos) << r.err;
}

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = makeTempDir(); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string file(const std::string& name, const std::string& bytes) {
    const std::string path = dir_ + "/" + name;
    writeFile(path, bytes);
    return path;
  }
  std::string dir_;
};

TEST_F(BadInput, MissingFile) {
  expectUserError(runConcord({"check", dir_ + "/nope.fr.txt", kTarget}), dir_ + "/nope.fr.txt: no such file");
}

TEST_F(BadInput, DirectoryGivenAsFile) {
  expectUserError(runConcord({"check", kSource, dir_}), dir_ + ": is a directory");
}

TEST_F(BadInput, EmptyFile) {
  const std::string empty = file("empty.en.txt", "");
  expectUserError(runConcord({"check", kSource, empty}), empty + ": empty file");
  const std::string blank = file("blank.en.txt", "  \n\n\t\n");
  expectUserError(runConcord({"check", kSource, blank}), blank + ": file has only white space");
}

TEST_F(BadInput, BinaryFile) {
  const std::string binary = file("image.en.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  expectUserError(runConcord({"check", kSource, binary}),
                  binary + ":3:1: binary file (NUL byte at offset 8)");
}

TEST_F(BadInput, InvalidUtf8NamesLineColumnAndOffset) {
  const std::string latin1 = file("latin1.fr.txt", "Premi\xe8re ligne.\nDeuxi\xe8me ligne.\n");
  expectUserError(runConcord({"check", latin1, kTarget}),
                  latin1 + ":1:6: invalid UTF-8 (byte 0xE8 at offset 5)");
  const std::string later = file("later.fr.txt", "Bonne ligne.\nEncore une ligne, puis \xff.\n");
  expectUserError(runConcord({"check", later, kTarget}), later + ":2:24:");
}

TEST_F(BadInput, HugeFileIsRefusedWithoutReadingIt) {
  const std::string huge = dir_ + "/huge.en.txt";
  std::filesystem::resize_file((writeFile(huge, "x"), huge),
                               200ull * 1024 * 1024);  // sparse: 200 MB, no disk
  expectUserError(runConcord({"check", kSource, huge}), huge + ": file is 200 MiB");
}

TEST_F(BadInput, UnknownLanguageCode) {
  expectUserError(runConcord({"check", kSource, kTarget, "--target-lang", "xx"}),
                  "--target-lang: unknown language 'xx'");
  expectUserError(runConcord({"check", kSource, kTarget, "--source-lang", "fr_FR_bad!"}), "--source-lang:");
}

TEST_F(BadInput, WrongLanguage) {
  // The French source declared as English: refused, with the way out named.
  expectUserError(runConcord({"check", kTarget, kSource, "--source-lang", "en", "--target-lang", "en"}),
                  "text looks French (fr)");
  const auto forced = runConcord({"check", kSource, kSource, "--target-lang", "en", "--no-language-check"});
  EXPECT_NE(forced.exit_code, 2) << forced.err;
}

TEST_F(BadInput, LanguageThatCannotBeTold) {
  const std::string numbers = file("numbers.txt", "12 345 678\n\n42\n");
  expectUserError(runConcord({"check", numbers, kTarget}), numbers + ": cannot tell the language");
}

TEST_F(BadInput, UnknownRuleStyleOrOption) {
  expectUserError(runConcord({"check", kSource, kTarget, "--rules", "quotes/nope"}),
                  "unknown rule 'quotes/nope'");
  expectUserError(runConcord({"check", kSource, kTarget, "--style", "nyt-1950"}),
                  "unknown house style 'nyt-1950'");
  expectUserError(runConcord({"check", kSource, kTarget, "--frobnicate"}), "--frobnicate");
  expectUserError(runConcord({"check", kSource}), "target");
  expectUserError(runConcord({"check", kSource, kTarget, "--format", "pdf"}), "pdf");
}

TEST_F(BadInput, CrlfAndBomAreFine) {
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : readFile(kTarget)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const std::string target = file("crlf.en.txt", crlf);
  const auto r = runConcord({"check", kSource, target, "--rules", "quotes/unbalanced"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("crlf.en.txt:31:55: warning"), std::string::npos)
      << "same lines and columns as LF: " << r.out;
}

}  // namespace
}  // namespace concord::testing
