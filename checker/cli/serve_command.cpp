#include "checker/cli/serve_command.h"

#include "checker/batch/config.h"
#include "checker/cli/language_pairs.h"

namespace concord::cli {

CLI::App* addServeCommand(CLI::App& app, ServeArgs& args) {
  CLI::App* cmd = app.add_subcommand("serve", "HTTP service for CMS plug-ins and newsroom tools");
  serve::ServeOptions& options = args.options;
  cmd->add_option("--port", options.port, "Port to listen on (0: any free port, printed at start)")
      ->required()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--host", options.host, "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--threads", options.threads, "Requests checked at once (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--max-body-bytes", options.max_body_bytes,
                  "Largest request body; a larger one is answered 413 (default 2097152)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--timeout", options.timeout_seconds,
                  "Seconds one check may take; a longer one is answered 408 (default 30)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--preload", args.preload,
                  "Language pairs whose dictionaries are loaded before listening, SOURCE:TARGET "
                  "(default fr:en; none: load on first use)")
      ->delimiter(',');
  cmd->footer(
      "Examples:\n"
      "  concord serve --port 8080\n"
      "  concord serve --port 8080 --threads 4 --preload fr:en,de:en,ru:en\n"
      "  curl -s localhost:8080/v1/check -d '{\"source\": \"…\", \"target\": \"…\", \"source_lang\": \"fr\", "
      "\"target_lang\": \"en\"}'\n"
      "Endpoints: POST /v1/check, GET /v1/rules, GET /health (docs/serve.md). SIGINT or SIGTERM stops it.");
  return cmd;
}

int runServe(ServeArgs args, std::ostream& log) {
  args.options.preload = parseLanguagePairs(args.preload, "--preload");
  // A request names its texts (story.en.htm5); the newsroom's concord.toml says how such names are read.
  if (const auto found = findConfig(".")) args.options.reading = loadConfig(*found).reading;
  return serve::serveHttp(args.options, log);
}

}  // namespace concord::cli
