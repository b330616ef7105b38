#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "checker/serve/http_server.h"

namespace concord::cli {

struct ServeArgs {
  serve::ServeOptions options;
  std::vector<std::string> preload = {"fr:en"};  ///< SOURCE:TARGET language pairs; "none" for none
};

/// Declares `concord serve` and its options on `app`; returns the sub-command.
CLI::App* addServeCommand(CLI::App& app, ServeArgs& args);

/// Runs the HTTP service until SIGINT or SIGTERM (exit 0); a bad --preload or a port it cannot listen on is
/// a UserError (exit 2).
int runServe(ServeArgs args, std::ostream& log);

}  // namespace concord::cli
