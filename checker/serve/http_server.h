#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "checker/reading/reading_options.h"

namespace concord::serve {

/// How `concord serve` listens and what it allows one request (docs/serve.md).
struct ServeOptions {
  std::string host = "127.0.0.1";                   ///< localhost only unless the operator says otherwise
  int port = 0;                                     ///< 0: any free port (the one chosen is printed)
  std::size_t threads = 0;                          ///< worker threads; 0: one per core
  std::size_t max_body_bytes = 2u * 1024u * 1024u;  ///< a larger body is answered 413
  double timeout_seconds = 30;                      ///< a check running longer is answered 408
  std::vector<std::pair<std::string, std::string>> preload = {{"fr", "en"}};  ///< loaded before listening
  ReadingOptions reading;  ///< the [formats] of the concord.toml nearest the working folder: names → formats
};

/// Loads the dictionaries, binds, prints "concord serve: listening on http://HOST:PORT …" on `log`, and
/// answers POST /v1/check, GET /v1/rules and GET /health on a pool of `threads` workers until SIGINT or
/// SIGTERM; then stops accepting, lets the requests in progress finish, and returns 0. Throws UserError
/// when it cannot listen on HOST:PORT.
int serveHttp(const ServeOptions& options, std::ostream& log);

}  // namespace concord::serve
