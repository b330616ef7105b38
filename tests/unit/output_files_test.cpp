// Output goes through the path the user names, never onto an input, and several files are written all or
// nothing (checker/output/atomic_file, output_destination, temporary_files, checker/model/run_inputs).
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "checker/model/error.h"
#include "checker/model/run_inputs.h"
#include "checker/output/atomic_file.h"
#include "checker/output/output_destination.h"
#include "checker/output/temporary_files.h"

namespace concord {
namespace {

namespace fs = std::filesystem;

class OutputFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("concord-outputs-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path(name), std::ios::binary) << bytes;
    return path(name);
  }
  static std::string read(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
  }
  // Hidden temporaries left in the folder (.name.tmp-XXXXXX).
  std::size_t temporariesLeft() const {
    std::size_t n = 0;
    for (const auto& entry : fs::directory_iterator(dir_))
      n += entry.path().filename().string().find(".tmp-") != std::string::npos ? 1 : 0;
    return n;
  }
  fs::path dir_;
};

TEST_F(OutputFilesTest, ASymbolicLinkIsWrittenThroughAndStaysALink) {
  write("real.json", "old");
  fs::create_directories(dir_ / "links");
  fs::create_symlink("../real.json", dir_ / "links" / "report.json");  // relative to the link's folder
  writeFileAtomically(path("links/report.json"), "new");
  EXPECT_TRUE(fs::is_symlink(dir_ / "links" / "report.json"));
  EXPECT_EQ(read(path("real.json")), "new");
  EXPECT_EQ(outputDestination(path("links/report.json")).path, path("links/../real.json"));
}

TEST_F(OutputFilesTest, ALinkToAFileNotYetThereCreatesTheFile) {
  fs::create_symlink("later.json", dir_ / "link.json");
  writeFileAtomically(path("link.json"), "made");
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.json"));
  EXPECT_EQ(read(path("later.json")), "made");
}

TEST_F(OutputFilesTest, AFifoIsWrittenInPlace) {
  ASSERT_EQ(::mkfifo(path("pipe").c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = read(path("pipe")); });
  writeFileAtomically(path("pipe"), "through the pipe");
  reader.join();
  EXPECT_EQ(received, "through the pipe");
  EXPECT_EQ(fs::status(dir_ / "pipe").type(), fs::file_type::fifo);
  EXPECT_EQ(temporariesLeft(), 0u);
}

TEST_F(OutputFilesTest, ADeviceIsWrittenInPlace) {
  // A node of its own for /dev/null (character device 1,3): the machine's /dev/null is never put at risk.
  if (::mknod(path("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) GTEST_SKIP() << "mknod needs root";
  writeFileAtomically(path("null"), "discarded");
  EXPECT_EQ(fs::status(dir_ / "null").type(), fs::file_type::character);
  EXPECT_EQ(temporariesLeft(), 0u);
}

TEST_F(OutputFilesTest, DashFoldersAndLinkLoopsAreRefused) {
  EXPECT_EQ(outputDestination("-").kind, OutputDestination::Kind::standard_output);
  EXPECT_THROW(writeFileAtomically("-", "x"), UserError);
  EXPECT_FALSE(fs::exists("-"));
  EXPECT_THROW(writeFileAtomically(dir_.string(), "x"), UserError);
  fs::create_symlink("b", dir_ / "a");
  fs::create_symlink("a", dir_ / "b");
  try {
    writeFileAtomically(path("a"), "x");
    FAIL() << "a link loop was written";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find(path("a") + ": too many levels of symbolic links"),
              std::string::npos)
        << e.what();
  }
  EXPECT_TRUE(fs::is_symlink(dir_ / "a"));
}

TEST_F(OutputFilesTest, OneFailingOutputLeavesEveryFileAsItWas) {
  const std::string json = write("a.json", "old json");
  {
    OutputFiles files;
    files.stage(json, "new json");
    EXPECT_EQ(temporariesLeft(), 1u);
    EXPECT_THROW(files.stage(path("missing/b.sarif"), "new sarif"), UserError);
  }  // never committed: the destructor removes the staged temporary
  EXPECT_EQ(read(json), "old json");
  EXPECT_EQ(temporariesLeft(), 0u);
  EXPECT_EQ(registeredTemporaries(), 0u);
}

TEST_F(OutputFilesTest, ADeviceThatFailsAtCommitLeavesTheRegularFilesAsTheyWere) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const std::string json = write("a.json", "old json");
  {
    OutputFiles files;
    files.stage(json, "new json");
    files.stage("/dev/full", "text report");  // ENOSPC when written
    EXPECT_THROW(files.commit(), UserError);
  }
  EXPECT_EQ(read(json), "old json");
  EXPECT_EQ(temporariesLeft(), 0u);
}

TEST_F(OutputFilesTest, CommitReplacesEveryFileAndKeepsTheirModes) {
  const std::string a = write("a.json", "old a");
  ::chmod(a.c_str(), 0640);
  OutputFiles files;
  files.stage(a, "new a");
  files.stage(path("b.sarif"), "new b");
  EXPECT_EQ(read(a), "old a");  // nothing visible before the commit
  files.commit();
  EXPECT_EQ(read(a), "new a");
  EXPECT_EQ(read(path("b.sarif")), "new b");
  EXPECT_EQ(fs::status(a).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(temporariesLeft(), 0u);
  EXPECT_EQ(registeredTemporaries(), 0u);
}

TEST_F(OutputFilesTest, TwoOutputsNamingOneFileAreRefused) {
  fs::create_symlink("a.json", dir_ / "alias.json");
  OutputFiles files;
  files.stage(path("a.json"), "one");
  EXPECT_THROW(files.stage(path("alias.json"), "two"), UserError);
}

TEST_F(OutputFilesTest, AnInputOfTheRunIsNeverOverwrittenWhateverItsName) {
  const std::string article = write("story.en.txt", "the translation");
  noteRunInput(article);
  fs::create_symlink("story.en.txt", dir_ / "link.txt");
  fs::create_hard_link(dir_ / "story.en.txt", dir_ / "hard.txt");
  for (const std::string& name : {article, path("link.txt"), path("hard.txt"), path("./story.en.txt")}) {
    try {
      writeFileAtomically(name, "{\"json\": true}");
      FAIL() << name << " was written";
    } catch (const UserError& e) {
      EXPECT_EQ(std::string(e.what()).rfind(name + ": is an input of this run", 0), 0u) << e.what();
    }
  }
  EXPECT_EQ(read(article), "the translation");
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.txt"));
  EXPECT_EQ(temporariesLeft(), 0u);
}

}  // namespace
}  // namespace concord
