// `concord completion bash|zsh|fish` (installed by cmake --install and the .deb): the scripts list the
// commands and flags `concord --help` shows, and bash completes with them.
#include <cstdio>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/support/run_binary.h"

namespace concord::testing {
namespace {

/// The lines of one section of CLI11's help ("Subcommands:", "Options:"), each indented by two spaces.
std::vector<std::string> helpSection(const std::vector<std::string>& command, const std::string& section) {
  auto args = command;
  args.push_back("--help");
  std::istringstream in(runConcord(args).out);
  std::vector<std::string> lines;
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(section, 0) == 0) {
      inside = true;
    } else if (inside && (line.empty() || line[0] != ' ')) {
      inside = false;
    } else if (inside) {
      lines.push_back(line);
    }
  }
  return lines;
}

std::set<std::string> subcommandsOf(const std::vector<std::string>& command) {
  std::set<std::string> names;
  for (const std::string& line : helpSection(command, "Subcommands:")) {
    if (line.size() > 2 && line[2] != ' ') names.insert(line.substr(2, line.find(' ', 2) - 2));
  }
  return names;
}

/// The flags of a command's help: "  -o,--output TEXT:{a,b}   Description" gives -o and --output, and
/// "  --no-color{false}" gives --no-color.
std::set<std::string> flagsOf(const std::vector<std::string>& command) {
  std::set<std::string> flags;
  for (const std::string& line : helpSection(command, "Options:")) {
    if (line.size() < 3 || line[2] != '-') continue;
    std::istringstream names(line.substr(2, line.find(' ', 2) - 2));
    for (std::string token; std::getline(names, token, ',');) flags.insert(token.substr(0, token.find('{')));
  }
  return flags;
}

/// What bash offers for `concord WORDS…` with the cursor after the last word (the generated script sourced).
std::set<std::string> bashCompletes(const std::string& script, const std::string& words) {
  const std::string dir = makeTempDir();
  writeFile(dir + "/concord.bash", script);
  writeFile(dir + "/run.sh", "source " + dir + "/concord.bash\nCOMP_WORDS=(concord " + words +
                                 ")\nCOMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n_concord\n"
                                 "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
  std::set<std::string> offered;
  FILE* pipe = ::popen(("bash " + dir + "/run.sh").c_str(), "r");
  char buffer[256];
  std::string out;
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) out += buffer;
  ::pclose(pipe);
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) offered.insert(line);
  }
  return offered;
}

TEST(Completion, EveryShellNamesEveryCommandAndFlag) {
  const std::set<std::string> commands = subcommandsOf({});
  ASSERT_TRUE(commands.count("check") && commands.count("completion")) << "help parsing broke";
  for (const std::string shell : {"bash", "zsh", "fish"}) {
    const auto r = runConcord({"completion", shell});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const std::string& command : commands) {
      EXPECT_NE(r.out.find(command), std::string::npos) << shell << " lacks " << command;
      for (const std::string& flag : flagsOf({command})) {
        // fish spells them `-l output` and `-s o`.
        const std::string bare = flag.substr(flag.find_first_not_of('-'));
        const std::string fish = (flag.rfind("--", 0) == 0 ? " -l " : " -s ") + bare;
        EXPECT_NE(r.out.find(shell == "fish" ? fish : flag), std::string::npos)
            << shell << " lacks " << command << ' ' << flag;
      }
    }
  }
}

TEST(Completion, BashCompletesCommandsThenTheirFlags) {
  const std::string script = runConcord({"completion", "bash"}).out;
  EXPECT_EQ(bashCompletes(script, "\"\""), subcommandsOf({}));
  EXPECT_EQ(bashCompletes(script, "ch"), std::set<std::string>{"check"});
  EXPECT_EQ(bashCompletes(script, "check --"), [] {
    std::set<std::string> long_flags;
    for (const std::string& flag : flagsOf({"check"})) {
      if (flag.rfind("--", 0) == 0) long_flags.insert(flag);
    }
    return long_flags;
  }());
  EXPECT_EQ(bashCompletes(script, "baseline \"\""), subcommandsOf({"baseline"}));
  EXPECT_TRUE(bashCompletes(script, "baseline create --").count("--output"));
  EXPECT_TRUE(bashCompletes(script, "check --format \"\"").empty()) << "a flag's value falls back to files";
}

TEST(Completion, UnknownShellIsAUsageError) {
  const auto r = runConcord({"completion", "powershell"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("powershell"), std::string::npos) << r.err;
}

TEST(Version, NamesDataIcuHunspellAndDictionaries) {
  const auto r = runConcord({"--version"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(^concord \d+\.\d+\.\d+\n)"))) << r.out;
  EXPECT_TRUE(
      std::regex_search(r.out, std::regex(R"(\ndata \S+ \(fingerprint [0-9a-f]{8}, [1-9]\d* files\)\n)")))
      << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(\nICU \d+\.\d+(\.\d+)* \(Unicode \d+\.\d+)"))) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(\nHunspell \d+\.\d+)"))) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(\nHunspell dictionary fr: /\S+/fr_FR\.dic\n)")))
      << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(\nFreeDict fra-eng: .*FreeDict.*\d+\.\d+)"))) << r.out;
}

}  // namespace
}  // namespace concord::testing
