#include "checker/output/temporary_files.h"

#include <array>
#include <atomic>
#include <csignal>
#include <mutex>

#include <unistd.h>

namespace concord {
namespace {

// Enough for the review pages of a large batch written at once; beyond it, files are still removed on
// every exit path but a signal.
constexpr std::size_t kSlots = 4096;
std::array<std::atomic<const char*>, kSlots> slots{};

constexpr std::array kSignals{SIGINT, SIGTERM, SIGHUP, SIGPIPE};

void removeTemporariesAndDie(int signal) {
  for (auto& slot : slots) {
    if (const char* path = slot.load()) ::unlink(path);
  }
  // SA_RESETHAND restored the default action: the process ends the way the signal means (status 128+n).
  ::raise(signal);
}

void installHandler() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (const int signal : kSignals) {
      struct sigaction current {};
      if (::sigaction(signal, nullptr, &current) != 0 || current.sa_handler == SIG_IGN) continue;
      struct sigaction action {};
      action.sa_handler = removeTemporariesAndDie;
      action.sa_flags = SA_RESETHAND;
      sigemptyset(&action.sa_mask);
      ::sigaction(signal, &action, nullptr);
    }
  });
}

}  // namespace

static_assert(std::atomic<const char*>::is_always_lock_free, "the signal handler reads the table");

TemporaryRegistration registerTemporary(const char* path) {
  installHandler();
  for (std::size_t i = 0; i < kSlots; ++i) {
    const char* empty = nullptr;
    if (slots[i].compare_exchange_strong(empty, path)) return {i};
  }
  return {};
}

void unregisterTemporary(TemporaryRegistration registration) {
  if (registration.slot != TemporaryRegistration::kNoSlot) slots[registration.slot].store(nullptr);
}

std::size_t registeredTemporaries() {
  std::size_t count = 0;
  for (const auto& slot : slots) count += slot.load() != nullptr ? 1 : 0;
  return count;
}

}  // namespace concord
