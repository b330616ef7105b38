#include "rules/spelling/hunspell.h"

#include <algorithm>
#include <map>

#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "rules/evidence/regional_lexicons.h"
#include "rules/evidence/spelling_memo.h"
#include "rules/evidence/term_match.h"
#include "rules/spelling/suggestion_cache.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "spelling/hunspell", "A target word the target language's spelling dictionary does not know",
    "Typos and garbled words survive machine translation and quick edits. Hunspell knows the "
    "language's words; it does not know names, so this is a hint for the editor, not an error.",
    Severity::info};

// Distinct unknown words of one article Hunspell is asked to correct (docs/rules/spelling/hunspell.md). A
// story has a handful; hundreds mean a garbled text or the wrong dictionary, where suggestions do not help
// and each costs up to tens of milliseconds.
constexpr double kDefaultMaxSuggestions = 50;

// The whitespace-delimited chunk around a word: "https://x.com/a", "press@afp.com", "@ZelenskyyUa".
std::string_view chunkAround(std::string_view text, TextRange word) {
  std::size_t begin = word.begin, end = word.end;
  while (begin > 0 && !isWhiteSpace(codePointBefore(text, begin))) {
    std::size_t len = 0;
    codePointBefore(text, begin, &len);
    begin -= std::max<std::size_t>(len, 1);
  }
  while (end < text.size() && !isWhiteSpace(codePointAt(text, end))) {
    std::size_t len = 0;
    codePointAt(text, end, &len);
    end += std::max<std::size_t>(len, 1);
  }
  return text.substr(begin, end - begin);
}

bool looksLikeAddress(std::string_view chunk) {
  return chunk.find("://") != std::string_view::npos || chunk.find("www.") != std::string_view::npos ||
         chunk.find('@') != std::string_view::npos || chunk.find('#') != std::string_view::npos ||
         chunk.find(".com") != std::string_view::npos || chunk.find(".org") != std::string_view::npos;
}

// Digits, or a capital after the first letter (NATO, McDonald, iPhone): not a dictionary word.
bool isCodeOrAcronym(std::string_view word) {
  std::size_t index = 0;
  for (std::size_t at = 0; at < word.size(); ++index) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(word, at, &len);
    if (isDigit(cp) || (index > 0 && isUpper(cp))) return true;
    at += std::max<std::size_t>(len, 1);
  }
  return false;
}

}  // namespace

const RuleInfo& SpellingHunspellRule::info() const { return kInfo; }

void SpellingHunspellRule::check(const AlignedPair& pair, RuleContext& context) const {
  const HunspellLexicon* lexicon = context.dictionaries().hunspell(pair.target.lang());
  if (!lexicon) return;
  const Document& doc = pair.target;
  // A story tagged plain "en" may use any regional spelling; "en-US" means en_US only.
  const auto known = [&](std::string_view w) {
    return doc.lang() == doc.language() ? knownInLanguage(context.dictionaries(), doc.language(), *lexicon, w)
                                        : spells(*lexicon, w);
  };
  // Per word, not per occurrence: a long article repeats its words.
  std::map<std::string, bool, std::less<>> known_words;
  const auto knownWord = [&](const std::string& word) {
    const auto found = known_words.find(word);
    if (found != known_words.end()) return found->second;
    const bool verdict = known(word) || listedByNewsroom(context, word);
    known_words.emplace(word, verdict);
    return verdict;
  };
  const double max_suggestions = context.options().getNumber("max-suggestions", kDefaultMaxSuggestions);
  SuggestionCache suggestions([&](std::string_view word) { return rules::suggestions(*lexicon, word); },
                              max_suggestions > 0 ? static_cast<std::size_t>(max_suggestions) : 0);
  for (const Link& link : pair.alignment.links()) {
    context.deadline().check();
    const std::vector<Word> source_words = wordsOf(pair.source, link.source_begin, link.source_count);
    for (std::size_t t = link.target_begin; t < link.target_end(); ++t) {
      const auto& tokens = doc.sentences()[t].tokens;
      for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token& token = tokens[k];
        const std::string_view text = token.range.in(doc.text());
        if (token.numeric || codePointCount(text) < 2 || isCodeOrAcronym(text)) continue;
        const bool capitalised = isUpper(codePointAt(text, 0));
        if (capitalised && k > 0) continue;  // a name mid-sentence
        if (looksLikeAddress(chunkAround(doc.text(), token.range))) continue;
        const std::string word = straightApostrophes(text);
        if (word.find('.') != std::string::npos) continue;  // an abbreviation (p.m, U.S)
        if (knownWord(word)) continue;
        // A capitalised first word unknown in lower case too is a name starting the sentence (Deutsche Bahn).
        if (capitalised) continue;
        // A word the source sentence has too is a name or a title kept on purpose (untranslated/word judges
        // the other case).
        const std::vector<Word> own = wordsOfText(text, doc.language());
        if (!own.empty() && std::any_of(source_words.begin(), source_words.end(),
                                        [&](const Word& w) { return w.key == own.front().key; }))
          continue;
        Finding finding;
        finding.primary = Side::target;
        finding.target = token.range;
        finding.source = pair.sourceRangeOfTarget(t);
        finding.confidence = link.confidence;
        finding.message = "“" + std::string(text) + "” is not in the " + lexicon->name() + " dictionary";
        finding.suggestion = suggestions.firstSuggestion(word);
        context.report(std::move(finding));
      }
    }
  }
}

}  // namespace concord::rules
