#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "checker/output/report.h"
#include "checker/pipeline/pipeline.h"

namespace concord {

class DictionarySet;

/// One article pair to check, or a pair already known to be broken (`error` set while pairing: a source
/// without its translation, a malformed manifest or JSON line in a stream).
struct PairSpec {
  ArticleInput source;
  ArticleInput target;
  std::string error;
  /// The options of this pair when they differ from the run's (a nested concord.toml); not owned.
  const CheckOptions* options = nullptr;
};

/// The languages of the articles in one folder: the flags, else that folder's concord.toml; empty when
/// unknown (read from the file names, else detected). With them, the extensions that concord.toml maps to a
/// format ([formats]), so a mapped bilingual file (.sdlxliff) is a pair by itself.
struct PairLanguages {
  std::string source;
  std::string target;
  FormatMap formats = {};
};
using LanguagesFor = std::function<PairLanguages(const std::filesystem::path& folder)>;

/// Pairs the article files under each folder. Two layouts:
///   DIR/source/… ↔ DIR/target/…  — the same relative path on both sides (a language tag in the file name,
///                                  story.fr.txt ↔ story.en.txt, is ignored when matching);
///   a folder with one source.<lang>.ext and one target.<lang>.ext (the corpora/ layout) — one pair, its
///                                  languages from the file names unless given;
///   anywhere else                — slug.<source-lang>.ext ↔ slug.<target-lang>.ext in the same folder;
///   and a bilingual file (.xlf, .xliff, .tmx, .po) anywhere but in a source/ target/ tree is a pair by
///   itself.
/// Files whose name carries another language tag, or none, are skipped in the last layout. A file left
/// without its counterpart (a source.<lang> folder without its target.<lang> too), a sub-folder that cannot
/// be read and a symbolic link that leads nowhere or loops each become a failed pair named after the place,
/// and the rest is paired: one broken folder never stops a batch. The languages of each file are those of
/// its folder (`languages_for`: a nested concord.toml may set its own). Throws UserError for a missing
/// folder, when the languages are unknown (they name the files), or when nothing at all is paired.
std::vector<PairSpec> discoverPairs(const std::vector<std::string>& folders,
                                    const LanguagesFor& languages_for);
/// The same with one pair of languages for every folder.
std::vector<PairSpec> discoverPairs(const std::vector<std::string>& folders, const std::string& source_lang,
                                    const std::string& target_lang);

/// The source of one target file, by the layouts discoverPairs pairs (looking only where the layout says):
///   DIR/source/… for DIR/target/…; the one source.<lang>.ext beside target.<lang>.ext;
///   slug.<source_lang>.ext beside slug.<lang>.ext (any other language tag when `source_lang` is empty and
///   exactly one file has one).
/// nullopt when none is found; an editor opening a single file (the language server) asks this.
std::optional<std::string> findSourceOf(const std::string& target_path, const std::string& source_lang);

/// Reads a manifest: one pair per line, `source<TAB>target[<TAB>source_lang<TAB>target_lang]`; blank lines
/// and lines starting with # are skipped; relative paths are relative to the manifest's folder. A line with
/// one column is a UserError `manifest:line`.
std::vector<PairSpec> readManifest(const std::string& path, const std::string& source_lang,
                                   const std::string& target_lang);

/// Reads pairs as JSON Lines (the scale-out mapper input): {"source": path, "target": path,
/// "source_lang"?, "target_lang"?, "source_text"?, "target_text"?}; with *_text the text is inline and the
/// path only names it. A malformed line becomes a failed pair named `<name>:<line>`, so one bad record does
/// not stop a mapper.
std::vector<PairSpec> readJsonPairs(std::istream& in, const std::string& name, const std::string& source_lang,
                                    const std::string& target_lang);

struct BatchRunOptions {
  std::size_t jobs = 1;  ///< worker threads; 0 means one per core
  /// Called after each pair (done, total), from worker threads but never concurrently.
  std::function<void(std::size_t, std::size_t)> progress;
  /// Called with each pair's report as soon as it is checked (the history records it then, so a killed
  /// batch keeps the pairs it finished), from worker threads but never concurrently.
  std::function<void(const PairReport&)> on_pair;
};

/// Checks every pair, `jobs` at a time, with its own options if it has them, else `options`. A pair that
/// throws UserError is reported as failed and the batch goes on. The report keeps the order of `pairs`.
BatchReport runBatch(const std::vector<PairSpec>& pairs, const CheckOptions& options,
                     const DictionarySet& dictionaries, const BatchRunOptions& run);

/// The pair's date (articleDate of its target): a YYYY-MM-DD in the target's path, else the target file's
/// modification day; none for inline text or standard input.
std::optional<std::string> pairDate(const PairSpec& pair);

/// Checks one pair into a report, dated by pairDate (a failure becomes a failed pair report).
PairReport checkOnePair(const PairSpec& pair, const CheckOptions& options, const DictionarySet& dictionaries);

}  // namespace concord
