#include "checker/cli/cache_command.h"

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
  for (const auto& [source, target] : pairs) {
    const aligners::Lexicon& lexicon = aligners::lexiconFor(source, target);
    out << source << ':' << target << ": ";
    if (lexicon.size() == 0) {
      out << "no FreeDict dictionary installed for this pair\n";
      continue;
    }
    out << lexicon.size() << " entries, " << (lexicon.mapped() ? "mapped from " : "not written to ")
        << directory->string() << '\n';
  }
  return 0;
}

}  // namespace concord::cli
