#pragma once

#include <cstdint>

#include "checker/model/deadline.h"

namespace concord {

/// Makes `deadline` the one checkCurrentDeadline() answers for on this thread while the scope lives (the
/// previous one comes back after it). Reading, segmentation and alignment run deep below the pipeline, in
/// functions that the LSP, the fuzz targets and the tests call without any deadline; an ambient per-thread
/// deadline lets their loops stop a huge pair on time without a Deadline parameter on every signature
/// between the pipeline and them.
class CurrentDeadline {
 public:
  explicit CurrentDeadline(const Deadline& deadline);
  ~CurrentDeadline();
  CurrentDeadline(const CurrentDeadline&) = delete;
  CurrentDeadline& operator=(const CurrentDeadline&) = delete;

 private:
  const Deadline* previous_;
};

/// Throws TimeLimitExceeded when this thread works under a CurrentDeadline that has passed; does nothing
/// outside one. Costs a clock read: call it once per paragraph, sentence or row, not per character.
void checkCurrentDeadline();

/// checkCurrentDeadline() once every `every` calls of tick(), for loops whose single step is too short to
/// pay a clock read (characters, tokens, nodes).
class DeadlinePoll {
 public:
  explicit DeadlinePoll(std::uint32_t every = 4096) : every_(every) {}
  void tick() {
    if (++count_ >= every_) {
      count_ = 0;
      checkCurrentDeadline();
    }
  }

 private:
  std::uint32_t every_;
  std::uint32_t count_ = 0;
};

}  // namespace concord
