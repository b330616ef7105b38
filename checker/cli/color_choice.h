#pragma once

#include "checker/cli/commands.h"

namespace concord::cli {

/// Whether the text report on standard output is coloured: --no-color and --color decide when given;
/// otherwise only on a terminal, and never with NO_COLOR set to anything non-empty (no-color.org) or
/// TERM=dumb. `no_color_env` and `term_env` are the environment's values (nullptr: unset).
bool chooseColor(const OutputArgs& args, bool stdout_is_terminal, const char* no_color_env,
                 const char* term_env);

/// Whether a text report written to a file (text:FILE) is coloured: only when --color asks for it, since
/// whether standard output is a terminal says nothing about who reads the file.
bool colorInFiles(const OutputArgs& args);

}  // namespace concord::cli
