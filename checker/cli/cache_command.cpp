#include "checker/cli/cache_command.h"

#include <filesystem>
#include <iostream>
#include <system_error>

#include "aligners/lexicon.h"
#include "aligners/lexicon_cache.h"
#include "checker/cli/language_pairs.h"
#include "checker/model/error.h"

namespace concord::cli {

CLI::App* addCacheCommand(CLI::App& app, CacheBuildArgs& args) {
  CLI::App* cache = app.add_subcommand("cache", "Build the word tables a check maps at start, ahead of time");
  cache->require_subcommand(1);
  CLI::App* build = cache->add_subcommand(
      "build", "Build each language pair's lexicon table in the cache directory (kept while current)");
  build->add_option("pairs", args.pairs, "SOURCE:TARGET language pairs (default fr:en)");
  build->footer(
      "The tables live in $CONCORD_CACHE_DIR, else $XDG_CACHE_HOME/concord, else ~/.cache/concord, and are\n"
      "rebuilt when the FreeDict dictionaries change. A check builds a missing one itself (seconds, once).\n"
      "Example:\n  concord cache build fr:en de:en ru:en");
  return build;
}

int runCacheBuild(const CacheBuildArgs& args, std::ostream& out) {
  const auto pairs = parseLanguagePairs(args.pairs, "cache build");
  const auto directory = aligners::concordCacheDir();
  if (!directory)
    throw UserError(
        "cache build: no cache directory (CONCORD_CACHE_DIR is off, or neither XDG_CACHE_HOME nor "
        "HOME is set)");
  // Progress on standard error whether or not it is a terminal: whoever runs this asked for a build, and
  // a log of an install or a CI job should show where the seconds went.
  const auto progress = [](const std::string& line) { std::cerr << "concord: " << line << std::endl; };
  for (const auto& [source, target] : pairs) {
    const aligners::Lexicon& lexicon = aligners::lexiconFor(source, target, progress);
    out << source << ':' << target << ": ";
    if (lexicon.size() == 0) {
      out << "no FreeDict dictionary installed for this pair\n";
      continue;
    }
    out << lexicon.size() << " entries, " << (lexicon.mapped() ? "mapped from " : "not written to ")
        << directory->string() << '\n';
    // The parsed cache of earlier versions, which the mapped table replaced: no version reads it now.
    const std::filesystem::path old_cache =
        *directory / (aligners::lexiconCacheStem(source, target) + ".bin");
    std::error_code ignored;
    if (lexicon.mapped() && std::filesystem::remove(old_cache, ignored))
      progress("removed " + old_cache.string() + ", the cache the mapped table replaced");
  }
  return 0;
}

}  // namespace concord::cli
