#include "tests/browser/headless_chromium.h"

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/support/run_binary.h"

extern char** environ;

namespace concord::testing {
namespace {

int spawnAndWait(std::vector<std::string> args, const std::string& out_path, const std::string& err_path) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::optional<std::string> findChromium() {
  if (const char* forced = std::getenv("CONCORD_CHROMIUM"); forced && *forced) return std::string(forced);
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    for (const char* name : {"chromium", "chromium-browser"}) {
      const std::filesystem::path candidate = std::filesystem::path(dir) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
  }
  return std::nullopt;
}

namespace {

std::vector<std::string> baseArgs(const std::string& chromium, const std::string& dir, int timeout_seconds) {
  return {"timeout",
          "-k",
          "5",
          std::to_string(timeout_seconds),
          chromium,
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--hide-scrollbars",
          "--user-data-dir=" + dir + "/profile"};
}

}  // namespace

bool printToPdf(const std::string& chromium, const std::string& url, const std::string& pdf,
                int timeout_seconds) {
  const std::string dir = makeTempDir();
  std::vector<std::string> args = baseArgs(chromium, dir, timeout_seconds);
  args.push_back("--print-to-pdf=" + pdf);
  args.push_back("--no-pdf-header-footer");
  args.push_back(url);
  const bool ok = spawnAndWait(args, dir + "/out", dir + "/log") == 0;
  std::filesystem::remove_all(dir);
  return ok && std::filesystem::exists(pdf);
}

PageCapture capturePage(const std::string& chromium, const std::string& url, const std::string& screenshot,
                        int timeout_seconds) {
  const std::string dir = makeTempDir();
  std::vector<std::string> args = baseArgs(chromium, dir, timeout_seconds);
  args.push_back("--dump-dom");
  if (!screenshot.empty()) {
    args.push_back("--screenshot=" + screenshot);
    args.push_back("--window-size=1400,900");
  }
  args.push_back(url);
  PageCapture capture;
  capture.ok = spawnAndWait(args, dir + "/dom", dir + "/log") == 0;
  capture.dom = readFile(dir + "/dom");
  capture.log = readFile(dir + "/log");
  std::filesystem::remove_all(dir);
  return capture;
}

}  // namespace concord::testing
