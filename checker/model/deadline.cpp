#include "checker/model/deadline.h"

#include <sstream>

#include "checker/model/time_limit_exceeded.h"

namespace concord {

Deadline::Deadline(double seconds, std::string source, std::string target)
    : seconds_(seconds), source_(std::move(source)), target_(std::move(target)) {
  if (seconds > 0)
    at_ = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                 std::chrono::duration<double>(seconds));
}

void Deadline::fail() const {
  std::ostringstream limit;
  limit << seconds_;
  throw TimeLimitExceeded(
      target_, "not checked: the pair with " + source_ + " took longer than --timeout " + limit.str() + " s");
}

}  // namespace concord
