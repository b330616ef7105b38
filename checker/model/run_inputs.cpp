#include "checker/model/run_inputs.h"

#include <map>
#include <mutex>
#include <utility>

#include <sys/stat.h>
#include <unistd.h>

namespace concord {
namespace {

using Identity = std::pair<dev_t, ino_t>;

struct Registry {
  std::mutex mutex;
  std::map<Identity, std::string> names;  // identity → the name it was first read under
};

Registry& registry() {
  static Registry instance;
  return instance;
}

// Only regular files hold anything an output could destroy: a device or FIFO that is read (/dev/stdin from
// /dev/null in CI) may well be written too, and nothing is lost.
void note(const struct stat& info, const std::string& name) {
  if (!S_ISREG(info.st_mode)) return;
  Registry& r = registry();
  const std::lock_guard lock(r.mutex);
  r.names.emplace(Identity{info.st_dev, info.st_ino}, name);
}

}  // namespace

void noteRunInput(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) note(info, path);
}

void noteStandardInput() {
  struct stat info {};
  if (::fstat(STDIN_FILENO, &info) == 0) note(info, "standard input");
}

std::optional<std::string> runInputAt(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  Registry& r = registry();
  const std::lock_guard lock(r.mutex);
  const auto found = r.names.find({info.st_dev, info.st_ino});
  if (found == r.names.end()) return std::nullopt;
  return found->second;
}

}  // namespace concord
