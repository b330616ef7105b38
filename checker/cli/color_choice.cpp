#include "checker/cli/color_choice.h"

#include <string_view>

namespace concord::cli {

bool chooseColor(const OutputArgs& args, bool stdout_is_terminal, const char* no_color_env,
                 const char* term_env) {
  if (args.no_color) return false;
  if (args.force_color) return true;
  const bool no_color_asked = no_color_env != nullptr && *no_color_env != '\0';
  const bool dumb_terminal = term_env != nullptr && std::string_view(term_env) == "dumb";
  return stdout_is_terminal && !no_color_asked && !dumb_terminal;
}

bool colorInFiles(const OutputArgs& args) { return args.force_color && !args.no_color; }

}  // namespace concord::cli
