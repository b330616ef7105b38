#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// One row of dictionaries/romanization/name_conventions.tsv: how a source language's press writes a sound
/// of a name from another script (French ch for sh), and what the target's press writes instead.
struct NameConventionRule {
  std::string source;      ///< fr, de, es, or * for any source
  std::string target;      ///< a language, or * for any target but the source
  std::string written;     ///< lower case
  std::string undone;      ///< may be empty
  std::string where;       ///< a position of kLetterPositions
  bool mark_only = false;  ///< `written` is `undone` with a diacritic (ï for i): only a mark is undone
};

/// A name with some of its convention letters undone: "Bachar" → "Bashar" by fr ch → sh.
struct NameUndoing {
  std::string candidate;                         ///< the case of the written word kept
  std::vector<const NameConventionRule*> rules;  ///< the rows undone, in the word's order
  /// True when every undone row only removes a mark (Goïta → Goita): weaker evidence than a letter change.
  bool marksOnly() const;
};

/// The conventions by which source languages write the world's names (Arabic, Persian, Turkic, Mongolian,
/// Chinese, Korean …), as data an editor extends without code.
class NameConventions {
 public:
  /// At most this many letter groups are undone at once (Jürelsüj needs four).
  static constexpr std::size_t kMaxUndone = 4;
  /// At most this many candidates are made for one word.
  static constexpr std::size_t kMaxCandidates = 256;

  /// Reads the table at `path`; a bad line throws UserError "path:line: …".
  static NameConventions load(const std::string& path);
  /// Reads the table from `text` (named `path` in errors).
  static NameConventions parse(std::string_view text, const std::string& path);

  /// The spellings `word` has with one or more of the letter groups that `source` writes for `target`
  /// undone, in every combination (at most kMaxUndone at once, kMaxCandidates in all), fewest changes first.
  /// Empty when the word has none, or when changing its case would change its length (not a Latin name).
  std::vector<NameUndoing> undo(std::string_view word, std::string_view source,
                                std::string_view target) const;

  const std::vector<NameConventionRule>& rules() const { return rules_; }

 private:
  std::vector<NameConventionRule> rules_;  ///< longest `written` first
};

}  // namespace concord
