#include "tests/support/server_process.h"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <regex>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/support/run_binary.h"

extern char** environ;

namespace concord::testing {
namespace {

int exitStatus(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& args, const std::string& cwd)
    : dir_(makeTempDir()) {
  std::vector<std::string> argv_storage = {CONCORD_BINARY, "serve", "--port", "0"};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  const std::string err_path = dir_ + "/stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  const int rc = posix_spawn(&pid_, CONCORD_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " CONCORD_BINARY);
  // Loading the dictionaries takes seconds; a server that has not said where it listens after a minute is
  // broken.
  const std::regex listening(R"(listening on http://[^:]+:(\d+))");
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < give_up) {
    std::smatch match;
    const std::string text = log();
    if (std::regex_search(text, match, listening)) {
      port_ = std::stoi(match[1]);
      return;
    }
    if (!running()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const std::string text = log();
  if (running()) stop(SIGKILL);
  throw std::runtime_error("concord serve did not start listening: " + text);
}

ServerProcess::~ServerProcess() {
  if (running()) stop(SIGTERM);
  std::filesystem::remove_all(dir_);
}

bool ServerProcess::running() {
  if (exit_status_ >= 0) return false;
  int status = 0;
  if (::waitpid(pid_, &status, WNOHANG) == pid_) exit_status_ = exitStatus(status);
  return exit_status_ < 0;
}

int ServerProcess::stop(int signal) {
  if (running()) {
    ::kill(pid_, signal);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exit_status_ = exitStatus(status);
  }
  return exit_status_;
}

std::string ServerProcess::log() const { return readFile(dir_ + "/stderr"); }

}  // namespace concord::testing
