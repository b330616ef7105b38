#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord::rules {

/// Hunspell's first suggestion for each unknown word of one article, asked once per distinct word and for at
/// most `max_lookups` distinct words. A suggestion costs milliseconds to tens of milliseconds (Hunspell tries
/// every edit of the word against its dictionary); a garbled or wrong-language text has thousands of unknown
/// occurrences, and asking for each one made a 5 MB article take minutes.
class SuggestionCache {
 public:
  using Suggester = std::function<std::vector<std::string>(std::string_view word)>;

  SuggestionCache(Suggester suggester, std::size_t max_lookups)
      : suggester_(std::move(suggester)), max_lookups_(max_lookups) {}

  /// The first suggestion for `word`, or nothing when Hunspell has none or the cap was reached before this
  /// word was first seen (a word asked before the cap keeps its answer).
  std::optional<std::string> firstSuggestion(const std::string& word);

 private:
  Suggester suggester_;
  std::size_t max_lookups_;
  std::size_t lookups_ = 0;
  std::map<std::string, std::optional<std::string>, std::less<>> answers_;
};

}  // namespace concord::rules
