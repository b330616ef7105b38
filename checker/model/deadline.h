#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace concord {

/// The time one pair may take (--timeout). Checked cooperatively, between stages and rules and inside the
/// long loops of rules, so a pair that runs too long stops with a UserError naming it while the threads of a
/// batch go on; nothing is killed. A default Deadline never passes.
class Deadline {
 public:
  Deadline() = default;
  /// A deadline `seconds` from now for the pair `source` → `target`; `seconds` <= 0: none.
  Deadline(double seconds, std::string source, std::string target);

  bool passed() const { return at_ && std::chrono::steady_clock::now() > *at_; }
  /// Throws TimeLimitExceeded (time_limit_exceeded.h; "TARGET: not checked: …took longer than --timeout N
  /// s") once the time has passed.
  void check() const {
    if (passed()) fail();
  }

 private:
  [[noreturn]] void fail() const;

  std::optional<std::chrono::steady_clock::time_point> at_;
  double seconds_ = 0;
  std::string source_, target_;
};

}  // namespace concord
