// What reaches a terminal: colour only on one (and never with NO_COLOR or TERM=dumb), never in a file, and
// never the article's own control characters.
#include <filesystem>
#include <map>
#include <optional>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

const std::string kSource = repoPath("corpora/belgorod/source.fr.txt");
const std::string kTarget = repoPath("corpora/belgorod/target.en.txt");

// Runs concord with its output on a pseudo-terminal, as in an editor's terminal window. `env` sets
// (a value) or unsets (nullopt) variables for it. Returns what the terminal showed.
std::string runOnTerminal(const std::vector<std::string>& args,
                          const std::map<std::string, std::optional<std::string>>& env) {
  int master = -1;
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) throw std::runtime_error("forkpty failed");
  if (pid == 0) {
    for (const auto& [name, value] : env) {
      if (value)
        setenv(name.c_str(), value->c_str(), 1);
      else
        unsetenv(name.c_str());
    }
    std::vector<std::string> storage = {CONCORD_BINARY};
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : storage) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(CONCORD_BINARY, argv.data());
    _exit(127);
  }
  std::string shown;
  char buffer[4096];
  for (ssize_t n; (n = read(master, buffer, sizeof buffer)) > 0;)
    shown.append(buffer, static_cast<std::size_t>(n));
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  return shown;
}

bool coloured(const std::string& text) { return text.find("\x1b[") != std::string::npos; }

const std::map<std::string, std::optional<std::string>> kPlainTerminal = {{"NO_COLOR", std::nullopt},
                                                                          {"TERM", "xterm-256color"}};

TEST(TerminalOutput, ColourOnATerminalButNotInTheTextFile) {
  const std::string dir = makeTempDir();
  const std::string file = dir + "/report.txt";
  const std::string shown =
      runOnTerminal({"check", kSource, kTarget, "--format", "text,text:" + file}, kPlainTerminal);
  EXPECT_TRUE(coloured(shown)) << shown;
  const std::string written = readFile(file);
  EXPECT_NE(written.find("warning:"), std::string::npos) << written;
  EXPECT_FALSE(coloured(written)) << written;
  std::filesystem::remove_all(dir);
}

TEST(TerminalOutput, NoColorAndDumbTerminalsGetNoColour) {
  auto no_color = kPlainTerminal;
  no_color["NO_COLOR"] = "1";
  EXPECT_FALSE(coloured(runOnTerminal({"check", kSource, kTarget}, no_color)));
  auto dumb = kPlainTerminal;
  dumb["TERM"] = "dumb";
  EXPECT_FALSE(coloured(runOnTerminal({"check", kSource, kTarget}, dumb)));
  // An empty NO_COLOR is not a request (no-color.org).
  auto empty = kPlainTerminal;
  empty["NO_COLOR"] = "";
  EXPECT_TRUE(coloured(runOnTerminal({"check", kSource, kTarget}, empty)));
}

TEST(TerminalOutput, ColorFlagStaysAuthoritative) {
  auto no_color = kPlainTerminal;
  no_color["NO_COLOR"] = "1";
  EXPECT_TRUE(coloured(runOnTerminal({"check", kSource, kTarget, "--color"}, no_color)));
  EXPECT_FALSE(coloured(runOnTerminal({"check", kSource, kTarget, "--no-color"}, kPlainTerminal)));
}

TEST(TerminalOutput, ExplainIsStyledOnATerminalOnly) {
  const std::string shown = runOnTerminal({"explain", "quotes/unbalanced"}, kPlainTerminal);
  EXPECT_NE(shown.find("\x1b[1mWhat\x1b[0m"), std::string::npos) << shown;  // a bold heading
  auto no_color = kPlainTerminal;
  no_color["NO_COLOR"] = "1";
  EXPECT_FALSE(coloured(runOnTerminal({"explain", "quotes/unbalanced"}, no_color)));
  EXPECT_FALSE(coloured(runConcord({"explain", "quotes/unbalanced"}).out));  // a pipe
  EXPECT_TRUE(coloured(runConcord({"explain", "quotes/unbalanced", "--color"}).out));
}

class ControlCharacters : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = makeTempDir();
    source_ = dir_ + "/story.de.txt";
    target_ = dir_ + "/story.en.txt";
    writeFile(source_, "Die Regierung kündigte am Montag neue Hilfen für die Landwirtschaft an.\n");
    // A clear-screen, a window-title (OSC) sequence ended by BEL, and a C1 CSI (U+009B) in the article.
    writeFile(target_,
              "The \x1b[2J\x1b]0;title\x07 goverment announced \xc2\x9b"
              "2J new aid for agriculture on Monday.\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  ProcessResult check(const std::string& format) {
    return runConcord({"check", source_, target_, "--rules", "spelling/hunspell", "--format", format});
  }
  std::string dir_, source_, target_;
};

TEST_F(ControlCharacters, AreShownNotObeyedInEveryTextFormat) {
  for (const std::string format : {"text", "markdown", "github", "junit"}) {
    const ProcessResult r = check(format);
    EXPECT_EQ(r.exit_code, 0) << format << r.err;  // an info: below --fail-on warning
    EXPECT_NE(r.out.find("goverment"), std::string::npos) << format << ": " << r.out;
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << format << ": " << r.out;
    EXPECT_EQ(r.out.find('\x07'), std::string::npos) << format << ": " << r.out;
    EXPECT_EQ(r.out.find("\xc2\x9b"), std::string::npos) << format << ": " << r.out;
  }
}

TEST_F(ControlCharacters, TextShowsPicturesAndKeepsTheCaretUnderTheWord) {
  const ProcessResult r = check("text");
  const std::string line =
      "  The ␛[2J␛]0;title␇ goverment announced <U+009B>2J new aid for agriculture on Monday.\n";
  const auto at = r.out.find(line);
  ASSERT_NE(at, std::string::npos) << r.out;
  const std::string caret =
      r.out.substr(at + line.size(), r.out.find('\n', at + line.size()) - at - line.size());
  // "The ␛[2J␛]0;title␇ " is 19 characters wide on screen.
  EXPECT_EQ(caret, "  " + std::string(19, ' ') + "^" + std::string(8, '~')) << r.out;  // under "goverment"
}

TEST_F(ControlCharacters, JsonEscapesThem) {
  const ProcessResult r = check("json");
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\x07'), std::string::npos) << r.out;
  const auto parsed = nlohmann::json::parse(r.out);
  EXPECT_EQ(parsed["findings"][0]["target"]["text"], "goverment");
}

}  // namespace
}  // namespace concord::testing
