#include "rules/evidence/spelling_memo.h"

#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "dictionaries/hunspell_lexicon.h"

namespace concord::rules {
namespace {

// Enough for the vocabulary of a few hundred articles; emptied when full so a long batch's memory stays flat.
constexpr std::size_t kMaxRemembered = 50000;

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
};

template <typename Answer>
using Answers = std::unordered_map<std::string, Answer, StringHash, std::equal_to<>>;

// This thread's remembered answers of `lexicon`, keyed by the dictionary's name, not its address: a
// dictionary freed and another loaded in its place must not inherit its answers.
template <typename Answer>
Answers<Answer>& answersOf(const HunspellLexicon& lexicon) {
  thread_local std::map<std::string, Answers<Answer>, std::less<>> by_dictionary;
  Answers<Answer>& answers = by_dictionary[lexicon.name()];
  if (answers.size() >= kMaxRemembered) answers.clear();
  return answers;
}

template <typename Answer, typename Ask>
const Answer& remembered(const HunspellLexicon& lexicon, std::string_view word, Ask&& ask) {
  Answers<Answer>& answers = answersOf<Answer>(lexicon);
  if (const auto known = answers.find(word); known != answers.end()) return known->second;
  return answers.emplace(word, ask()).first->second;
}

}  // namespace

bool spells(const HunspellLexicon& lexicon, std::string_view word) {
  return remembered<bool>(lexicon, word, [&] { return lexicon.spell(word); });
}

std::vector<std::string> suggestions(const HunspellLexicon& lexicon, std::string_view word) {
  return remembered<std::vector<std::string>>(lexicon, word, [&] { return lexicon.suggest(word); });
}

}  // namespace concord::rules
