// `concord lsp`: the language server, checking as `concord check` does (concord.toml, then the defaults).
#include "checker/cli/commands.h"
#include "checker/lsp/server.h"

namespace concord::cli {

int runLsp(std::istream& in, std::ostream& out) {
  lsp::Server server([](const Config& config, const std::string& style) {
    CheckArgs args;
    args.style = style;
    return checkOptionsFor(args, config);
  });
  return server.run(in, out);
}

}  // namespace concord::cli
