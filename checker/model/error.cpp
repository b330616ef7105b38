#include "checker/model/error.h"

#include <unicode/errorcode.h>

namespace concord {

UserError::UserError(const std::string& message) : std::runtime_error(message) {}

UserError::UserError(std::string_view file, const std::string& message)
    : std::runtime_error(std::string(file) + ": " + message) {}

UserError::UserError(std::string_view file, std::size_t line, const std::string& message)
    : std::runtime_error(std::string(file) + ":" + std::to_string(line) + ": " + message) {}

UserError::UserError(std::string_view file, std::size_t line, std::size_t column, const std::string& message)
    : std::runtime_error(std::string(file) + ":" + std::to_string(line) + ":" + std::to_string(column) +
                         ": " + message) {}

void checkIcu(UErrorCode status, std::string_view what) {
  if (U_FAILURE(status)) {
    throw std::runtime_error("ICU error in " + std::string(what) + ": " + u_errorName(status));
  }
}

}  // namespace concord
