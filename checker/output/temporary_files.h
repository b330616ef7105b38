#pragma once

#include <cstddef>

namespace concord {

/// Hidden temporary files an interrupted run must not leave behind. Registering the first one installs a
/// handler for SIGINT, SIGTERM, SIGHUP and SIGPIPE (those the process does not ignore) that unlinks every
/// registered file and then lets the signal kill the process as it would have without the handler. Only
/// async-signal-safe work happens in the handler: a walk over a fixed table of atomic pointers and unlink().
/// SIGKILL cannot be caught; a file it leaves is hidden (.name.tmp-XXXXXX) and never read by Concord.

/// A registration; `slot` is kNoSlot when the table was full (the file is then cleaned on every exit path
/// except a signal).
struct TemporaryRegistration {
  static constexpr std::size_t kNoSlot = static_cast<std::size_t>(-1);
  std::size_t slot = kNoSlot;
};

/// Registers `path`, which must stay valid (same address) until unregisterTemporary.
TemporaryRegistration registerTemporary(const char* path);

/// Forgets a registration (after the file was renamed into place or removed).
void unregisterTemporary(TemporaryRegistration registration);

/// How many files are registered now (for tests).
std::size_t registeredTemporaries();

}  // namespace concord
