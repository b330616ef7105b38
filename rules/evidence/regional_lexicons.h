#pragma once

#include <string>
#include <string_view>

namespace concord {
class DictionarySet;
class HunspellLexicon;
}  // namespace concord

namespace concord::rules {
class RuleContext;

/// True when `word` is in one of the newsroom's own word lists (concord.toml [dictionaries] extra): a name
/// or term the desk accepts, which the spelling and untranslated-word rules never flag.
bool listedByNewsroom(const RuleContext& context, std::string_view word);

/// True when `word` is a word of `language` in any of its regional Hunspell dictionaries (en_US or en_GB for
/// "en", es_ES or es_MX for "es" …), starting with `lexicon`, the one for the document's own tag, or in the
/// built-in list of news words those dictionaries lack (dictionaries/news_words/<language>.txt: hryvnias,
/// oblast). A story tagged plain "en" may write centre or center; both are English.
bool knownInLanguage(const DictionarySet& dictionaries, const std::string& language,
                     const HunspellLexicon& lexicon, std::string_view word);

}  // namespace concord::rules
