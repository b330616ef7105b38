#pragma once

#include "checker/model/error.h"

namespace concord {

/// What a Deadline (deadline.h) throws: still a UserError, so a batch reports the pair and goes on, but its
/// own type, so a caller that answers a pair out of time differently from bad input (concord serve: 408)
/// can tell them apart without reading the message.
class TimeLimitExceeded : public UserError {
 public:
  using UserError::UserError;
};

}  // namespace concord
