#include "checker/cli/terminal_width.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace concord::cli {

std::size_t terminalWidth() {
  constexpr std::size_t kDefault = 80;
  winsize size{};
  if (::isatty(STDOUT_FILENO) != 1 || ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0)
    return kDefault;
  return size.ws_col;
}

}  // namespace concord::cli
