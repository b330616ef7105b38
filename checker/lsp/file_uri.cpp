#include "checker/lsp/file_uri.h"

#include <filesystem>
#include <vector>

#include <uriparser/Uri.h>

#include "checker/model/error.h"

namespace concord::lsp {

std::string pathFromUri(const std::string& uri) {
  if (!uri.starts_with("file:")) throw UserError(uri, "only file:// documents can be checked");
  std::vector<char> path(uri.size() + 1);  // uriparser: a path is never longer than its URI
  if (uriUriStringToUnixFilenameA(uri.c_str(), path.data()) != URI_SUCCESS)
    throw UserError(uri, "not a file URI uriparser can read");
  return path.data();
}

std::string uriFromPath(const std::string& path) {
  const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
  std::vector<char> uri(7 + 3 * absolute.size() + 1);  // the bound uriparser documents
  if (uriUnixFilenameToUriStringA(absolute.c_str(), uri.data()) != URI_SUCCESS)
    throw UserError(path, "cannot be written as a file URI");
  return uri.data();
}

}  // namespace concord::lsp
