#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

namespace concord {

/// Parses `text`, read from `file` starting at line `first_line`, as JSON. Anything nlohmann refuses becomes
/// UserError "file:line:col: `what`: nlohmann's reason", the line and column counted from the byte where
/// parsing stopped. nlohmann throws parse_error for bad syntax but out_of_range, with no position, for a
/// number beyond a double (1e999): catching parse_error alone let such a file end the program.
nlohmann::json parseJsonText(const std::string& text, const std::string& file, std::size_t first_line,
                             const std::string& what);

}  // namespace concord
