#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace concord::cli {

struct CacheBuildArgs {
  std::vector<std::string> pairs = {"fr:en"};  ///< SOURCE:TARGET language pairs
};

/// Declares `concord cache build`; returns the `build` sub-command.
CLI::App* addCacheCommand(CLI::App& app, CacheBuildArgs& args);

/// Builds (or finds current) the mapped word tables of each pair in the cache directory, one line per pair
/// on `out`; exit 0. No cache directory (CONCORD_CACHE_DIR=off, no HOME) or a malformed pair is a UserError.
int runCacheBuild(const CacheBuildArgs& args, std::ostream& out);

}  // namespace concord::cli
