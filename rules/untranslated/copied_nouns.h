#pragma once

#include "checker/model/alignment.h"
#include "rules/rule.h"

namespace concord {
class HunspellLexicon;
}

namespace concord::rules {

/// untranslated/word for source languages that capitalise every noun (German, Luxembourgish): a capitalised
/// target word copied from the aligned source sentence that the source's Hunspell dictionary knows, the
/// target's does not (in any case), and the bilingual lexicon translates into a word the target knows
/// (Bürgermeister: mayor), used as a common noun: after an article or determiner, or as a title before a
/// name. Names are left alone: sentence-initial words, words inside a run of capitalised words, words the
/// article uses inside such a run elsewhere (Thomas Müller … Müller said), gazetteer names, bare capitalised
/// words (a place: to Halle); so are terms the lexicon has no target word for (Bundeswehr, Energiewende),
/// which English press keeps.
void reportCopiedNouns(const AlignedPair& pair, RuleContext& context, const HunspellLexicon& source_lexicon,
                       const HunspellLexicon& target_lexicon);

}  // namespace concord::rules
