#pragma once

// Concord as a library: check a translated article against its source from a program. This header is the
// whole public API (installed as <concord/concord.h>; find_package(Concord) gives the target
// concord::concord, pkg-config the module `concord`). It uses only the standard library, so Concord's
// internals may change while it stays. Concord reads its data (house styles, gazetteer, rule pages) from
// $CONCORD_DATA_DIR — set it to <prefix>/share/concord — or from the source tree the library was built from.
#include <cstddef>
#include <string>
#include <vector>

namespace concord::api {

/// How to check a pair; the defaults are `concord check`'s.
struct Options {
  std::string source_lang;  ///< BCP 47 (fr, en-GB …); empty: from the file name, else detected
  std::string target_lang;  ///< likewise
  std::string style;        ///< house style (ap, reuters, bbc …, or a .tsv path); empty: the default
  std::vector<std::string>
      rules;  ///< selectors as --rules takes them ("quotes", "-spelling/hunspell"); empty: all
};

/// One finding, positioned as `concord check` reports it.
struct Finding {
  std::string rule_id;     ///< "quotes/unbalanced"
  std::string severity;    ///< "info", "warning" or "error"
  std::string side;        ///< "source" or "target": the article the finding is in
  std::size_t line = 0;    ///< 1-based, as an editor counts lines
  std::size_t column = 0;  ///< 1-based, in characters
  std::string excerpt;     ///< the text the finding is about
  std::string message;
  std::string suggestion;  ///< a safe replacement for `excerpt`; empty when there is none
};

/// A built-in rule, as `concord rules` lists it.
struct Rule {
  std::string id;
  std::string severity;  ///< its default severity
  std::string summary;
};

/// Checks the article at `target_path` against the one at `source_path`. Findings come sorted by position.
/// Throws std::runtime_error with a one-line message naming the file (and position) on bad input.
std::vector<Finding> checkFiles(const std::string& source_path, const std::string& target_path,
                                const Options& options = {});

/// The same for articles held in memory (UTF-8); give the languages in `options` unless the text should
/// decide them. Findings name the sides "source" and "target".
std::vector<Finding> checkTexts(const std::string& source_text, const std::string& target_text,
                                const Options& options = {});

/// Every built-in rule, sorted by id.
std::vector<Rule> listRules();

/// Concord's version, "0.1.0".
std::string version();

}  // namespace concord::api
