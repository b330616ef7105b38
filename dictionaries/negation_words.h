#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// How one language negates, from dictionaries/negation/<lang>.txt: one `kind<TAB>word` per line, `#`
/// comments (the file's header explains each kind). Words and phrases are stored as keys: foldKey with
/// accents removed and ’ written '.
class NegationWords {
 public:
  enum class Kind { none, negator, privative, particle, with_particle, restrictive, lexical };

  NegationWords() = default;
  /// Parses the file's text; throws UserError "path:line: message" on a malformed line or unknown kind.
  static NegationWords parse(std::string_view text, const std::string& path);

  /// The kind of a word key (negationKey), Kind::none when it is not listed.
  Kind kindOf(std::string_view key) const;
  /// A word key that ends in a negating suffix (don't, can't).
  bool hasNegatingSuffix(std::string_view key) const;
  /// An elided form written before an apostrophe (fr n in n'a).
  bool isElision(std::string_view key) const;
  /// Prefixes that make a negative word of a word the spelling dictionary knows (un + clear).
  const std::vector<std::string>& lexicalPrefixes() const { return lexical_prefixes_; }
  /// Phrases, as key sequences, in which a negator does not negate (plus que jamais).
  const std::vector<std::vector<std::string>>& notNegationPhrases() const { return not_negation_; }
  /// The not-negation phrases that state a limit with their negator (no later than, не более, pas plus
  /// de): a translation may render a source's negated limit with one.
  const std::vector<std::vector<std::string>>& boundPhrases() const { return bounds_; }
  bool empty() const { return kinds_.empty() && suffixes_.empty(); }

 private:
  std::map<std::string, Kind, std::less<>> kinds_;
  std::vector<std::string> suffixes_;
  std::vector<std::string> elisions_;
  std::vector<std::string> lexical_prefixes_;
  std::vector<std::vector<std::string>> not_negation_;  ///< bounds included
  std::vector<std::vector<std::string>> bounds_;
};

/// The key negation data compares on: case folded, accents removed, ’ written '.
std::string negationKey(std::string_view word);

}  // namespace concord
