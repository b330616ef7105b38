#pragma once

namespace concord::cli {

/// Runs the concord command line; returns the exit status (0 clean, 1 findings at or above --fail-on,
/// 2 usage error). Throws UserError for bad input, which main turns into exit 2.
int run(int argc, char** argv);

}  // namespace concord::cli
