#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {
class HunspellLexicon;
}
namespace concord::aligners {
class Lexicon;
}

namespace concord::rules {

/// What the bilingual lexicon (FreeDict, through a pivot language where the pair's own is small) offers for a
/// source word left in the target: its translations that the target's Hunspell dictionary spells, other than
/// the word itself, in the lexicon's order (the pair's own dictionary first). `max_cut`: final letters the
/// lookup may drop for inflection (céréaliers → céréalier).
std::vector<std::string> lexiconRenderings(const aligners::Lexicon& lexicon, std::string_view word,
                                           const HunspellLexicon& target_lexicon, std::size_t max_cut);

/// "a, b, c": the first three renderings, for a message.
std::string shownRenderings(const std::vector<std::string>& renderings);

}  // namespace concord::rules
