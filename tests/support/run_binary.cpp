#include "tests/support/run_binary.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace concord::testing {
namespace {

// Starts build/concord with `args`, its standard streams opened on the three paths.
pid_t spawnWith(const std::vector<std::string>& args, const std::string& cwd, const std::string& in_path,
                const std::string& out_path, const std::string& err_path) {
  std::vector<std::string> argv_storage = {CONCORD_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, CONCORD_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " CONCORD_BINARY);
  return pid;
}

// Output goes through temporary files in `dir`: simple, and no pipe deadlock on large reports.
ProcessResult spawnConcord(const std::string& dir, const std::string& cwd, const std::string& in_path,
                           const std::vector<std::string>& args) {
  const std::string out_path = dir + "/stdout", err_path = dir + "/stderr";

  const pid_t pid = spawnWith(args, cwd, in_path, out_path, err_path);
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);

  ProcessResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = readFile(out_path);
  result.err = readFile(err_path);
  result.max_rss_kib = usage.ru_maxrss;
  std::filesystem::remove_all(dir);
  return result;
}

}  // namespace

pid_t startConcord(const std::vector<std::string>& args) {
  return spawnWith(args, "", "/dev/null", "/dev/null", "/dev/null");
}

ProcessResult runConcord(const std::vector<std::string>& args, const std::string& stdin_text) {
  return runConcordIn("", args, stdin_text);
}

ProcessResult runConcordIn(const std::string& cwd, const std::vector<std::string>& args,
                           const std::string& stdin_text) {
  const std::string dir = makeTempDir();
  const std::string in_path = dir + "/stdin";
  writeFile(in_path, stdin_text);
  return spawnConcord(dir, cwd, in_path, args);
}

ProcessResult runConcordWithStdinFrom(const std::string& stdin_path, const std::vector<std::string>& args) {
  return spawnConcord(makeTempDir(), "", stdin_path, args);
}

std::string replacedOnce(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("edit anchor not found: " + from);
  return text.replace(at, from.size(), to);
}

std::string makeTempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "concord-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

void writeFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string repoPath(const std::string& relative) { return std::string(CONCORD_REPO_DIR) + "/" + relative; }

}  // namespace concord::testing
