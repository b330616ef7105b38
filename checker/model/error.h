#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <unicode/utypes.h>

namespace concord {

/// The one error type for problems the user can fix: a bad file, flag, config or dictionary line.
/// `what()` is the whole one-line message, "file:line:col: message" when a position is known.
/// Caught only at the program's error boundary (main, or per article in a batch).
class UserError : public std::runtime_error {
 public:
  explicit UserError(const std::string& message);
  UserError(std::string_view file, const std::string& message);
  UserError(std::string_view file, std::size_t line, const std::string& message);
  UserError(std::string_view file, std::size_t line, std::size_t column, const std::string& message);
};

/// Throws std::runtime_error naming `what` when an ICU call failed (warnings pass).
/// ICU failures are internal errors, not user errors: they mean missing ICU data or a bug.
void checkIcu(UErrorCode status, std::string_view what);

}  // namespace concord
