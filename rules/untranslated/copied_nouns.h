#pragma once

#include <vector>

#include "checker/model/alignment.h"
#include "checker/model/finding.h"
#include "rules/rule.h"

namespace concord {
class HunspellLexicon;
}

namespace concord::rules {

/// untranslated/word for source languages that capitalise every noun (German, Luxembourgish): a capitalised
/// target word copied from the aligned source sentence that the source's Hunspell dictionary knows, the
/// target's does not (in any case), and the bilingual lexicon translates into a word the target knows
/// (Bürgermeister: mayor) or that the source dictionary knows only as a compound of its words
/// (Energieversorgungsunternehmen: no suggestion then), used as a common noun: after an article or
/// determiner, or as a title before a name. Names are left alone: sentence-initial words, words inside a run
/// of capitalised words, words the article uses inside such a run elsewhere (Thomas Müller … Müller said),
/// gazetteer names, bare capitalised words (a place: to Halle); so are single entries of the source
/// dictionary the lexicon has no target word for, and the terms English press keeps (Bundeswehr,
/// Energiewende: dictionaries/news_words). The findings come back unreported, in text order, for
/// untranslated/word to merge into runs.
std::vector<Finding> copiedNouns(const AlignedPair& pair, RuleContext& context,
                                 const HunspellLexicon& source_lexicon,
                                 const HunspellLexicon& target_lexicon);

}  // namespace concord::rules
