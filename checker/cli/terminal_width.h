#pragma once

#include <cstddef>

namespace concord::cli {

/// Columns of the terminal standard output is on, or 80 when it is not on one (a pipe, a file) or the
/// terminal does not say: what `concord explain` wraps its text to.
std::size_t terminalWidth();

}  // namespace concord::cli
