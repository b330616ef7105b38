#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {
class HunspellLexicon;
}

namespace concord::rules {

/// Whether `lexicon` accepts `word` (HunspellLexicon::spell), remembered by this thread. The rules ask about
/// the same words many times in a pair (every rule that weighs a name asks whether it is an ordinary word)
/// and again in the next pairs of a batch; each question to Hunspell takes its dictionary's lock, for which a
/// batch's workers queued. Dictionaries never change once loaded, so an answer stays true.
bool spells(const HunspellLexicon& lexicon, std::string_view word);

/// HunspellLexicon::suggest(word), remembered by this thread likewise: a suggestion takes Hunspell
/// milliseconds, and spelling/hunspell and untranslated/word ask for the same words. A copy: a later question
/// may empty the remembered answers.
std::vector<std::string> suggestions(const HunspellLexicon& lexicon, std::string_view word);

}  // namespace concord::rules
