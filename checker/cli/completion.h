#pragma once

#include <ostream>
#include <string>

#include <CLI/CLI.hpp>

namespace concord::cli {

/// The shells `concord completion SHELL` writes a script for.
inline const char* const kCompletionShells[] = {"bash", "zsh", "fish"};

/// Writes the completion script for `shell` (one of kCompletionShells) from the commands and flags that `app`
/// really has, so the scripts installed with Concord cannot drift from the command line.
void writeCompletion(const CLI::App& app, const std::string& shell, std::ostream& out);

}  // namespace concord::cli
