#include "rules/spelling/suggestion_cache.h"

namespace concord::rules {

std::optional<std::string> SuggestionCache::firstSuggestion(const std::string& word) {
  const auto known = answers_.find(word);
  if (known != answers_.end()) return known->second;
  std::optional<std::string> answer;
  if (lookups_ < max_lookups_) {
    ++lookups_;
    const std::vector<std::string> suggestions = suggester_(word);
    if (!suggestions.empty()) answer = suggestions.front();
  }
  answers_.emplace(word, answer);
  return answer;
}

}  // namespace concord::rules
