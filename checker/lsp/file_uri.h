#pragma once

#include <string>

namespace concord::lsp {

/// The local path a file:// URI names (percent-decoded by uriparser). Throws UserError for another scheme.
std::string pathFromUri(const std::string& uri);

/// The file:// URI of an absolute or relative local path (made absolute first).
std::string uriFromPath(const std::string& path);

}  // namespace concord::lsp
