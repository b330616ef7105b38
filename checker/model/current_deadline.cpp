#include "checker/model/current_deadline.h"

namespace concord {
namespace {

// The deadline of the pair this thread is reading, segmenting, aligning or checking; none outside one.
thread_local const Deadline* current_deadline = nullptr;

}  // namespace

CurrentDeadline::CurrentDeadline(const Deadline& deadline) : previous_(current_deadline) {
  current_deadline = &deadline;
}

CurrentDeadline::~CurrentDeadline() { current_deadline = previous_; }

void checkCurrentDeadline() {
  if (current_deadline != nullptr) current_deadline->check();
}

}  // namespace concord
