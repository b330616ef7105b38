#include "rules/untranslated/word.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "aligners/lexicon.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/language.h"
#include "dictionaries/dictionary_set.h"
#include "dictionaries/word_data.h"
#include "rules/evidence/dictionary_phrases.h"
#include "rules/evidence/latin_phrases.h"
#include "rules/evidence/name_words.h"
#include "rules/evidence/quote_marks.h"
#include "rules/evidence/regional_lexicons.h"
#include "rules/evidence/spelling_memo.h"
#include "rules/evidence/term_match.h"
#include "rules/untranslated/copied_nouns.h"
#include "rules/untranslated/copied_sentence.h"
#include "rules/untranslated/lexicon_renderings.h"
#include "rules/untranslated/word_runs.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "untranslated/word", "A word of the source language left in the target",
    "Machine translation leaves words it does not know in the source language — technical terms, titles, "
    "compounds (subestación, viceministra, préfecture). They read as typos to some readers and as foreign to "
    "all; an editor must translate them.",
    Severity::warning};

constexpr std::size_t kMinLetters = 4;
// Final letters a lexicon lookup may drop: a plural ending (céréaliers → céréalier, bomberos), no more: a
// longer cut reaches other words.
constexpr std::size_t kInflectionCut = 2;

// A target word as a possible part of a run of source-language words.
struct TargetWord {
  Word word;
  RunRole role = RunRole::outside;
  std::size_t quotation = 0;        // 1-based index of the quotation holding it, 0 outside quotations
  bool in_source = false;           // a core word found in the aligned source sentence, up to inflection
  std::optional<std::size_t> noun;  // its finding among the copied German nouns
};

// The quotations of a sentence as byte ranges, paired by role in the document's locale.
std::vector<TextRange> quotations(const Document& doc, TextRange sentence) {
  std::vector<TextRange> spans;
  std::vector<std::size_t> open;
  for (const QuoteMark& mark : findQuoteMarks(doc.text(), sentence, localeQuotes(doc.lang()))) {
    if (mark.role == MarkRole::apostrophe) continue;
    const bool closes = mark.role == MarkRole::close || (mark.role == MarkRole::ambiguous && !open.empty());
    if (closes && !open.empty()) {
      spans.push_back({open.back(), mark.range.begin});
      open.pop_back();
    } else if (!closes) {
      open.push_back(mark.range.end);
    }
  }
  return spans;
}

// The word keys of each quotation of the source sentences of a link: a title or a quotation the source gives
// in its own language too.
std::vector<std::vector<std::string>> sourceQuotations(const Document& source, const Link& link) {
  std::vector<std::vector<std::string>> quoted;
  for (std::size_t s = link.source_begin; s < link.source_end(); ++s) {
    const std::vector<Word> words = wordsOf(source, s, 1);
    for (const TextRange& span : quotations(source, source.sentences()[s].range)) {
      std::vector<std::string> keys;
      for (const Word& w : words)
        if (span.begin <= w.range.begin && w.range.end <= span.end) keys.push_back(w.key);
      if (!keys.empty()) quoted.push_back(std::move(keys));
    }
  }
  return quoted;
}

bool plainLowercaseWord(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t at = 0; at < word.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(word, at, &len);
    if (isDigit(cp) || isUpper(cp)) return false;
    if (isLetter(cp)) ++letters;
    at += std::max<std::size_t>(len, 1);
  }
  return letters >= kMinLetters;
}

// The first word of a sentence, capitalised for that alone (Shipments, Commuter): its lower-case form with
// four letters or more, nothing else upper-case.
std::optional<std::string> sentenceCapitalLowered(std::string_view word) {
  if (word.empty() || !isUpper(codePointAt(word, 0))) return std::nullopt;
  std::string lowered = lowerCase(word);
  if (!plainLowercaseWord(lowered) || upperFirst(lowered) != word) return std::nullopt;
  return lowered;
}

// Words the article capitalises inside a sentence, in the source or the translation: names, which a capital
// at the start of a sentence does not make common nouns (Brown said … Gordon Brown).
std::set<std::string, std::less<>> capitalisedInsideSentences(const AlignedPair& pair) {
  std::set<std::string, std::less<>> names;
  for (const Document* doc : {&pair.source, &pair.target})
    for (std::size_t s = 0; s < doc->sentences().size(); ++s)
      for (const NameWord& w : nameWords(*doc, s))
        if (w.capitalised && !w.sentence_initial) names.insert(w.text);
  return names;
}

// Words the source capitalises inside a sentence: names, in a source language that capitalises nothing
// else (Farmers, of "Federated Farmers").
std::set<std::string, std::less<>> sourceNameWords(const Document& source) {
  std::set<std::string, std::less<>> names;
  for (std::size_t s = 0; s < source.sentences().size(); ++s)
    for (const NameWord& w : nameWords(source, s))
      if (w.capitalised && !w.sentence_initial) names.insert(w.text);
  return names;
}

// The word after `end` in `text`, past one space: letters up to the next non-letter.
std::string_view nextWord(std::string_view text, std::size_t end) {
  if (end >= text.size() || text[end] != ' ') return {};
  std::size_t at = end + 1;
  while (at < text.size()) {
    std::size_t len = 0;
    if (!isLetter(codePointAt(text, at, &len))) break;
    at += std::max<std::size_t>(len, 1);
  }
  return text.substr(end + 1, at - end - 1);
}

// A word whose tail (5+ letters) is a source-language word the target language lacks: vice|ministra,
// sub|prefectura, Lehrer|zimmer.
bool isSourceCompound(std::string_view word, const HunspellLexicon& source, const HunspellLexicon& target) {
  constexpr std::size_t kMinTail = 5;
  const std::vector<std::size_t> starts = codePointStarts(word);
  for (std::size_t k = 2; k + kMinTail <= starts.size(); ++k) {
    const std::string_view tail = word.substr(starts[k]);
    if (spells(source, tail)) return !spells(target, tail);
  }
  return false;
}

// Only spaces and punctuation between two words of a sentence: nothing a run could not hold. An elided
// article or pronoun glued to the next word (the d’ of "l’issue d’une nuit", which the word leaves out) is
// part of that word.
bool onlyPunctuationBetween(std::string_view text, const Word& before, const Word& after) {
  constexpr std::size_t kMaxElision = 3;  // d', l', qu', j', s', n'
  std::size_t end = after.range.begin;
  if (end > before.range.end) {
    std::size_t len = 0;
    const char32_t last = codePointBefore(text, end, &len);
    if (last == U'\'' || last == U'’') {
      std::size_t at = end - len, letters = 0;
      while (at > before.range.end && letters <= kMaxElision) {
        const char32_t cp = codePointBefore(text, at, &len);
        if (!isLetter(cp)) break;
        at -= len;
        ++letters;
      }
      if (letters > 0 && letters <= kMaxElision) end = at;
    }
  }
  for (std::size_t at = before.range.end; at < end;) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, at, &len);
    if (isLetter(cp) || isDigit(cp)) return false;
    at += std::max<std::size_t>(len, 1);
  }
  return true;
}

bool startsUpper(std::string_view word) { return !word.empty() && isUpper(codePointAt(word, 0)); }

// Apertium writes a word it could not analyse with a star and copies it from the source (*cisterna): the
// machine's own account that the word was not translated.
bool starredByMachine(std::string_view text, const Word& word) {
  return word.range.begin > 0 && text[word.range.begin - 1] == '*';
}

// Whether the source→target lexicon renders `word` and never as itself: cisterna → cistern, tank. A word the
// target's dictionary knows only as a rare word (English "cisterna", an anatomical term) is then the
// source's word, not the target's, when the machine says it copied it.
bool renderedOtherwise(const aligners::Lexicon& lexicon, const std::string& word,
                       const HunspellLexicon& target_lexicon) {
  const std::vector<std::string> renderings =
      lexiconRenderings(lexicon, word, target_lexicon, kInflectionCut);
  const std::string key = foldKey(word, true);
  // "peso" renders "pesos": the same word, inflected. A rendering that differs from the word by a plural
  // ending only is the word itself (cistern for cisterna is not).
  const auto sameWord = [&](const std::string& rendering) {
    const std::string other = foldKey(rendering, true);
    const std::string& shorter = other.size() < key.size() ? other : key;
    const std::string& longer = other.size() < key.size() ? key : other;
    return longer == shorter || addsPluralEnding(longer, shorter);
  };
  return !renderings.empty() && std::none_of(renderings.begin(), renderings.end(), sameWord);
}

// What untranslated/word reads a link with: the dictionaries, the source sentences' words and quotations.
struct LinkEvidence {
  const AlignedPair& pair;
  RuleContext& context;
  const HunspellLexicon& source_lexicon;
  const HunspellLexicon& target_lexicon;
  const FunctionWords& source_function_words;
  const std::vector<Finding>& nouns;
  std::vector<Word> source_words;
  std::set<std::string, std::less<>> source_surfaces;  // case-folded, accents kept: copied letter for letter
  std::vector<std::vector<std::string>> source_quotations;
  const std::set<std::string, std::less<>>& names;  // capitalised inside a sentence somewhere in the pair
  const std::set<std::string, std::less<>>& source_names;  // capitalised inside a source sentence

  bool knownToTarget(std::string_view word) const {
    return knownInLanguage(context.dictionaries(), pair.target.language(), target_lexicon, word) ||
           listedByNewsroom(context, word);
  }

  // A word the target language lacks and the source's dictionary knows (or, copied from the source sentence,
  // a compound whose tail it knows: vice|ministra).
  bool isCore(TargetWord& w, std::string_view text) const {
    if (!plainLowercaseWord(text)) return false;
    if (knownToTarget(text)) return isStarredSourceWord(w, text);
    w.in_source = std::any_of(source_words.begin(), source_words.end(),
                              [&](const Word& s) { return inflectionMatch(s, w.word); });
    return spells(source_lexicon, text) ||
           (w.in_source && isSourceCompound(text, source_lexicon, target_lexicon));
  }

  // A word the target's dictionary knows (as a rare word: cisterna, sine) that the machine marked as copied,
  // letter for letter from the source sentence, and that the lexicon renders by other words.
  bool isStarredSourceWord(TargetWord& w, std::string_view text) const {
    if (!starredByMachine(pair.target.text(), w.word) || !source_surfaces.count(foldKey(text))) return false;
    // A word the lists name as the target's (a currency unit, a news word, the newsroom's own) stays its.
    const DictionarySet& dictionaries = context.dictionaries();
    if (dictionaries.newsWords(pair.target.language()).contains(text) ||
        dictionaries.currencyUnits().contains(text) || listedByNewsroom(context, text))
      return false;
    if (!spells(source_lexicon, text)) return false;
    const aligners::Lexicon& lexicon = aligners::lexiconFor(pair.source.language(), pair.target.language());
    if (!renderedOtherwise(lexicon, std::string(text), target_lexicon)) return false;
    w.in_source = true;
    return true;
  }

  // The first word of the sentence, capitalised for that alone, copied from the source sentence as it
  // stands: a source word by its lower-case form (Apertium's "*Shipments to Europe"), unless the article
  // writes it capitalised inside a sentence too (a name) or the source's dictionary knows it as a name
  // only. Not for sources that capitalise every noun, where copied_nouns decides.
  bool isInitialCore(TargetWord& w, std::string_view text, bool first) const {
    if (!first || capitalisesNouns(pair.source.language())) return false;
    const std::optional<std::string> lowered = sentenceCapitalLowered(text);
    if (!lowered || names.count(text) || !source_surfaces.count(foldKey(text))) return false;
    // Joined by a hyphen to the next word, it is part of a compound name (Météo-France).
    const std::string_view after = std::string_view(pair.target.text()).substr(w.word.range.end);
    if (!after.empty() && (after.front() == '-' || after.starts_with("‐") || after.starts_with("‑")))
      return false;
    // Followed by a word the source capitalises inside its sentences, it opens a name of several words
    // (Federated Farmers, a lobby), whatever the target does with capitals (German writes every noun so).
    const std::string_view next = nextWord(pair.target.text(), w.word.range.end);
    if (!next.empty() && startsUpper(next) && source_names.count(next)) return false;
    if (knownToTarget(text) || knownToTarget(*lowered)) return false;
    if (!spells(source_lexicon, *lowered)) return false;
    w.in_source = true;
    return true;
  }

  RunRole roleOf(TargetWord& w, std::string_view text, bool first) const {
    if (w.noun || isCore(w, text) || isInitialCore(w, text, first)) return RunRole::core;
    if (!source_surfaces.count(foldKey(w.word.surface))) return RunRole::outside;
    // Copied from the source sentence, a function word or any other word of the source may sit inside a run,
    // not end one: "as" and "possible" are Spanish too, "pendant" English, a capitalised word may be a name.
    if (source_function_words.contains(text) || spells(source_lexicon, text)) return RunRole::joins;
    return RunRole::outside;
  }

  std::vector<TargetWord> wordsOfSentence(std::size_t t) const {
    const Document& target = pair.target;
    const auto spans = quotations(target, target.sentences()[t].range);
    std::vector<TargetWord> words;
    for (Word& word : wordsOf(target, t, 1)) {
      TargetWord w;
      w.word = std::move(word);
      for (std::size_t q = 0; q < spans.size(); ++q)
        if (spans[q].begin <= w.word.range.begin && w.word.range.end <= spans[q].end) w.quotation = q + 1;
      for (std::size_t n = 0; n < nouns.size(); ++n)
        if (nouns[n].target->begin == w.word.range.begin) w.noun = n;
      w.role = roleOf(w, w.word.range.in(target.text()), words.empty());
      words.push_back(std::move(w));
    }
    return words;
  }

  // The quotation holds the words of a quotation of the source sentence: a title or quoted speech the source
  // gives in its own language too, kept on purpose.
  bool quotesSource(const std::vector<TargetWord>& words, std::size_t quotation) const {
    std::vector<std::string> keys;
    for (const TargetWord& w : words)
      if (w.quotation == quotation) keys.push_back(w.word.key);
    return std::find(source_quotations.begin(), source_quotations.end(), keys) != source_quotations.end();
  }

  // The run lies inside the words of a quotation of the source (two words or more), copied whole in the
  // same order, whatever marks the translation gave it: a slogan quoted again inside a quotation whose
  // marks were flattened ("Anyone who puts up “Der Berg ruft” posters") is still the slogan.
  bool insideSourceQuotation(const std::vector<TargetWord>& words, WordRun run) const {
    for (const std::vector<std::string>& quoted : source_quotations) {
      if (quoted.size() < 2 || quoted.size() > words.size()) continue;
      for (std::size_t at = 0; at + quoted.size() <= words.size(); ++at) {
        if (at > run.first) break;
        if (at + quoted.size() <= run.last) continue;
        bool same = true;
        for (std::size_t k = 0; k < quoted.size() && same; ++k) same = words[at + k].word.key == quoted[k];
        if (same) return true;
      }
    }
    return false;
  }
};

// A run right after a capitalised word of the source sentence, inside the sentence, is the rest of a name the
// target keeps: the Assemblée nationale, the Conseil constitutionnel, the Parti socialiste (French
// capitalises only a name's first word). At the start of a sentence the capital says nothing, nor in German,
// where every noun has one.
bool followsName(const std::vector<TargetWord>& words, const std::vector<bool>& joined, WordRun run) {
  if (run.first < 2 || !joined[run.first - 1]) return false;
  const TargetWord& before = words[run.first - 1];
  return before.role != RunRole::outside && startsUpper(before.word.surface);
}

// The finding for a single source word: the lexicon's renderings as choices.
Finding wordFinding(const LinkEvidence& evidence, const TargetWord& w) {
  const std::string text(w.word.range.in(evidence.pair.target.text()));
  const HunspellLexicon& target_lexicon = evidence.target_lexicon;
  const std::string language = languageName(evidence.pair.source.language());
  const bool vowel =
      !language.empty() && std::string_view("AEIOU").find(language.front()) != std::string_view::npos;
  Finding finding;
  finding.message =
      "“" + text + "” is " + (vowel ? "an " : "a ") + language + " word (" + evidence.source_lexicon.name() +
      " knows it, " +
      (evidence.knownToTarget(text) ? "the machine translation marked it as copied, and " +
                                          target_lexicon.name() + " knows it only as another word"
                                    : target_lexicon.name() + " does not") +
      ")" + (w.in_source ? ", also in the source sentence: left untranslated?" : ": left untranslated?");
  // préfecture → prefecture: the target language has the word, without the source's accents. Else the
  // bilingual lexicon's words (bomberos → firefighters), shown as choices: a dictionary does not know the
  // sense the sentence needs.
  const aligners::Lexicon& lexicon =
      aligners::lexiconFor(evidence.pair.source.language(), evidence.pair.target.language());
  if (w.word.key != text && spells(target_lexicon, w.word.key)) {
    finding.suggestion = w.word.key;
  } else if (const auto renderings =
                 lexiconRenderings(lexicon, lowerCase(text), target_lexicon, kInflectionCut);
             !renderings.empty()) {
    finding.suggestion = renderings.front();
    finding.message += " The lexicon gives " + shownRenderings(renderings) + ".";
    // The first word of a sentence (Shipments) keeps its capital in the rendering that replaces it.
    if (startsUpper(text)) finding.suggestion = upperFirst(*finding.suggestion);
  }
  return finding;
}

// The finding for a run of two or more words: one place to translate, no word-by-word suggestion.
Finding runFinding(const LinkEvidence& evidence, const std::vector<TargetWord>& words, WordRun run,
                   bool in_source) {
  const std::string_view text = evidence.pair.target.text();
  std::string cores;
  for (std::size_t k = run.first; k <= run.last; ++k)
    if (words[k].role == RunRole::core) cores += (cores.empty() ? "“" : ", “") + words[k].word.surface + "”";
  Finding finding;
  finding.message =
      "“" +
      std::string(TextRange{words[run.first].word.range.begin, words[run.last].word.range.end}.in(text)) +
      "” is " + languageName(evidence.pair.source.language()) + " left untranslated (" +
      evidence.source_lexicon.name() + " knows " + cores + ", " + evidence.target_lexicon.name() +
      " does not)" + (in_source ? ", also in the source sentence" : "");
  return finding;
}

std::size_t letterCount(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t at = 0; at < word.size();) {
    std::size_t len = 0;
    if (isLetter(codePointAt(word, at, &len))) ++letters;
    at += std::max<std::size_t>(len, 1);
  }
  return letters;
}

bool allLetters(std::string_view word) {
  for (std::size_t at = 0; at < word.size();) {
    std::size_t len = 0;
    if (!isLetter(codePointAt(word, at, &len))) return false;
    at += std::max<std::size_t>(len, 1);
  }
  return !word.empty();
}

// Whether words [first, first + count) stand in the source sentence word for word, in the same order.
bool inSourceInOrder(const LinkEvidence& evidence, const std::vector<TargetWord>& words, std::size_t first,
                     std::size_t count) {
  const std::vector<Word>& source = evidence.source_words;
  for (std::size_t at = 0; at + count <= source.size(); ++at) {
    bool same = true;
    for (std::size_t k = 0; k < count && same; ++k) same = source[at + k].key == words[first + k].word.key;
    if (same) return true;
  }
  return false;
}

// A quotation holding one lower-case word (« disproportionnée »): the source's scare quotes, which a
// translation keeps around its own word. The word is no title or slogan kept on purpose.
bool scareQuote(const std::vector<TargetWord>& words, std::size_t quotation) {
  std::size_t count = 0;
  bool lower = true;
  for (const TargetWord& w : words) {
    if (w.quotation != quotation) continue;
    ++count;
    lower = lower && !startsUpper(w.word.surface);
  }
  return count == 1 && lower;
}

// The run lies inside joined words that make a Latin locution (grosso modo, sine die): every language's
// press prints them as they are.
bool inLatinPhrase(const std::vector<TargetWord>& words, const std::vector<bool>& joined, WordRun run) {
  std::vector<std::string> keys;
  for (const TargetWord& w : words) keys.push_back(w.word.key);
  for (std::size_t count = 2; count <= longestLatinPhrase(); ++count) {
    const std::size_t lowest = run.last + 1 >= count ? run.last + 1 - count : 0;
    for (std::size_t first = lowest; first <= run.first && first + count <= words.size(); ++first) {
      bool together = true;
      for (std::size_t k = first; k + 1 < first + count && together; ++k) together = joined[k];
      if (together && isLatinPhrase(keys, first, count)) return true;
    }
  }
  return false;
}

// Words [first, first + count), all lower-case, one of four letters or more, that the source language
// lexicalises as a phrase and the target does not (FreeDict's headwords): "sin embargo" left in an English
// story, whose words English spells too (sin, embargo), where "en route" or "par excellence" copied from
// French are English phrases as well.
bool lexicalisedInSourceOnly(const LinkEvidence& evidence, const std::vector<TargetWord>& words,
                             std::size_t first, std::size_t count) {
  constexpr std::size_t kLongestPhrase = 4;
  if (count < 2 || count > kLongestPhrase || first + count > words.size()) return false;
  std::string phrase;
  bool long_word = false;
  for (std::size_t k = first; k < first + count; ++k) {
    const std::string& surface = words[k].word.surface;
    if (startsUpper(surface) || !allLetters(surface)) return false;
    long_word = long_word || letterCount(surface) >= kMinLetters;
    if (k > first) phrase += ' ';
    phrase += surface;
  }
  return long_word && inSourceInOrder(evidence, words, first, count) &&
         lexicalisedPhrase(evidence.pair.source.lang(), phrase) &&
         !lexicalisedPhrase(evidence.pair.target.lang(), phrase);
}

// The first window of a stretch that lexicalisedInSourceOnly accepts, longest first.
std::optional<WordRun> lexicalisedWindow(const LinkEvidence& evidence, const std::vector<TargetWord>& words,
                                         WordRun stretch) {
  constexpr std::size_t kLongestPhrase = 4;
  const std::size_t size = stretch.last - stretch.first + 1;
  for (std::size_t count = std::min(size, kLongestPhrase); count >= 2; --count)
    for (std::size_t first = stretch.first; first + count <= stretch.last + 1; ++first)
      if (lexicalisedInSourceOnly(evidence, words, first, count)) return WordRun{first, first + count - 1};
  return std::nullopt;
}

// A stretch of words [first, last] with no core word that is still a phrase of the source copied whole:
// "bis auf Weiteres" left in an English story, each of whose words is an ordinary word of the source
// dictionary (bis is an English word too, Weiteres only capitalised, auf too short to count). It must start
// with a lower-case word (a capitalised start is a name: Deutsche Bahn), stand in the source sentence word
// for word in the same order, be made of letters only (21 h 45 is no phrase), and hold a word of four
// letters or more that the target does not know. Words every language shares (sin embargo: sin and embargo
// are English dictionary words) leave no evidence and are not reported.
bool isCopiedPhrase(const LinkEvidence& evidence, const std::vector<TargetWord>& words, std::size_t first,
                    std::size_t last) {
  const std::size_t count = last - first + 1;
  if (count < 2 || startsUpper(words[first].word.surface)) return false;
  const bool nouns_capitalised = capitalisesNouns(evidence.pair.source.language());
  bool unknown = false;
  for (std::size_t k = first; k <= last; ++k) {
    const std::string& surface = words[k].word.surface;
    // From a source that capitalises names only, a capitalised word inside the phrase is a name: "de
    // Fort-Royal" is a preposition before a place, not French left in a Spanish story.
    if (!nouns_capitalised && startsUpper(surface)) return false;
    // Ordinary words of the source, each: a name ends the phrase (« au préfet de Dakar »).
    if (!isOrdinaryWord(&evidence.source_lexicon, surface)) return false;
    if (!allLetters(surface)) return false;  // 21 h 45, 165 km/h: figures and units are no phrase
    if (!evidence.knownToTarget(surface) && letterCount(surface) >= kMinLetters) unknown = true;
  }
  return unknown && inSourceInOrder(evidence, words, first, count);
}

// The run [first, last] widened over the words after it that the target cannot read and that continue the
// source sentence's words in order: "nach wie vor" left in an English story is one run, though wie and vor
// are too short to end one (a target word, such as the Spanish de of "préfecture de", still ends it).
std::size_t widenedEnd(const LinkEvidence& evidence, const std::vector<TargetWord>& words,
                       const std::vector<bool>& joined, WordRun run) {
  std::size_t last = run.last;
  while (last + 1 < words.size() && joined[last] && words[last + 1].role == RunRole::joins) {
    const std::string& surface = words[last + 1].word.surface;
    if (startsUpper(surface) || !allLetters(surface) || evidence.knownToTarget(surface) ||
        !isOrdinaryWord(&evidence.source_lexicon, surface))
      break;
    ++last;
  }
  if (last == run.last) return last;
  // The widened words must stand in the source sentence in the same order.
  const std::size_t count = last - run.first + 1;
  const std::vector<Word>& source = evidence.source_words;
  for (std::size_t at = 0; at + count <= source.size(); ++at) {
    bool same = true;
    for (std::size_t k = 0; k < count && same; ++k)
      same = source[at + k].key == words[run.first + k].word.key;
    if (same) return last;
  }
  return run.last;
}

// A run whose core words the machine starred one by one (Apertium's "*secousse de *magnitude") with a word
// it did translate between them: the machine's own account is two words it could not analyse, each its own
// place to translate. The run is cut at each unstarred word into its starred stretches, each kept from its
// first to its last core word. A run left by a person, with no stars, stays whole.
std::vector<WordRun> splitAtMachineWords(const LinkEvidence& evidence, const std::vector<TargetWord>& words,
                                         const std::vector<WordRun>& runs) {
  const std::string_view text = evidence.pair.target.text();
  std::vector<WordRun> split;
  for (const WordRun& run : runs) {
    bool all_starred = true;
    for (std::size_t k = run.first; k <= run.last; ++k)
      if (words[k].role == RunRole::core) all_starred = all_starred && starredByMachine(text, words[k].word);
    if (!all_starred || run.first == run.last) {
      split.push_back(run);
      continue;
    }
    std::optional<std::size_t> begin, end;
    for (std::size_t k = run.first; k <= run.last + 1; ++k) {
      if (k <= run.last && starredByMachine(text, words[k].word)) {
        if (words[k].role != RunRole::core) continue;
        if (!begin) begin = k;
        end = k;
        continue;
      }
      if (begin) split.push_back({*begin, *end});
      begin.reset();
      end.reset();
    }
  }
  return split;
}

// Runs of source words on either side of one conjunction of the target that stands where the source has a
// conjunction between the same words: the machine translated "et" and left the two words it joins
// (*volcanologique y *sismologique, for "volcanologique et sismologique"). The pair is one place to
// translate, reported once.
std::vector<WordRun> mergedCoordinations(const LinkEvidence& evidence, const std::vector<TargetWord>& words,
                                         const std::vector<bool>& joined, std::vector<WordRun> runs) {
  const DictionarySet& dictionaries = evidence.context.dictionaries();
  const FunctionWords& target_words = dictionaries.functionWords(evidence.pair.target.lang());
  const std::vector<Word>& source = evidence.source_words;
  const auto coordinatedInSource = [&](const std::string& before, const std::string& after) {
    for (std::size_t at = 0; at + 2 < source.size(); ++at)
      if (source[at].key == before && source[at + 2].key == after &&
          evidence.source_function_words.classOf(source[at + 1].surface) == "conjunction")
        return true;
    return false;
  };
  std::vector<WordRun> merged;
  for (const WordRun& run : runs) {
    if (!merged.empty()) {
      WordRun& previous = merged.back();
      const std::size_t middle = previous.last + 1;
      if (run.first == middle + 1 && joined[previous.last] && joined[middle] &&
          target_words.classOf(lowerCase(words[middle].word.surface)) == "conjunction" &&
          coordinatedInSource(words[previous.last].word.key, words[run.first].word.key)) {
        previous.last = run.last;
        continue;
      }
    }
    merged.push_back(run);
  }
  return merged;
}

// The finding for a copied phrase of the source with no word the rule counts as core.
Finding phraseFinding(const LinkEvidence& evidence, const std::vector<TargetWord>& words, WordRun run) {
  const std::string_view text = evidence.pair.target.text();
  std::string unknown;
  for (std::size_t k = run.first; k <= run.last; ++k)
    if (!evidence.knownToTarget(words[k].word.surface))
      unknown += (unknown.empty() ? "“" : ", “") + words[k].word.surface + "”";
  Finding finding;
  finding.message =
      "“" +
      std::string(TextRange{words[run.first].word.range.begin, words[run.last].word.range.end}.in(text)) +
      "” is " + languageName(evidence.pair.source.language()) +
      " left untranslated: the source sentence has the same words in the same order (" +
      (unknown.empty() ? "a " + languageName(evidence.pair.source.language()) +
                             " phrase of the dictionaries, not a phrase of the target's, though its words are"
                       : evidence.target_lexicon.name() + " does not know " + unknown) +
      ")";
  return finding;
}

// The stretches of joined words with no core word and no word outside the source language: where
// groupRuns finds nothing, a copied phrase may still be.
std::vector<WordRun> coreFreeStretches(const std::vector<RunRole>& roles, const std::vector<bool>& joined) {
  std::vector<WordRun> stretches;
  for (const WordRun& stretch : joinedStretches(roles, joined)) {
    bool core = false;
    for (std::size_t k = stretch.first; k <= stretch.last; ++k) core = core || roles[k] == RunRole::core;
    if (!core && stretch.last > stretch.first) stretches.push_back(stretch);
  }
  return stretches;
}

}  // namespace

const RuleInfo& UntranslatedWordRule::info() const { return kInfo; }

void UntranslatedWordRule::check(const AlignedPair& pair, RuleContext& context) const {
  if (pair.source.language() == pair.target.language()) return;
  const HunspellLexicon* source_lexicon = context.dictionaries().hunspell(pair.source.lang());
  const HunspellLexicon* target_lexicon = context.dictionaries().hunspell(pair.target.lang());
  if (!source_lexicon || !target_lexicon) return;  // no evidence either way
  const Document& target = pair.target;
  const bool nouns_capitalised = capitalisesNouns(pair.source.language());
  const std::vector<Finding> nouns = nouns_capitalised
                                         ? copiedNouns(pair, context, *source_lexicon, *target_lexicon)
                                         : std::vector<Finding>{};
  std::vector<bool> noun_placed(nouns.size(), false);  // reported in a run, or left to the sentence rule
  const std::set<std::string, std::less<>> names = capitalisedInsideSentences(pair);
  const std::set<std::string, std::less<>> source_names = sourceNameWords(pair.source);

  for (const Link& link : pair.alignment.links()) {
    context.deadline().check();
    if (link.target_count == 0) continue;
    LinkEvidence evidence{pair,
                          context,
                          *source_lexicon,
                          *target_lexicon,
                          context.dictionaries().functionWords(pair.source.lang()),
                          nouns,
                          wordsOf(pair.source, link.source_begin, link.source_count),
                          {},
                          sourceQuotations(pair.source, link),
                          names,
                          source_names};
    for (const Word& s : evidence.source_words) evidence.source_surfaces.insert(foldKey(s.surface));
    for (std::size_t t = link.target_begin; t < link.target_end(); ++t) {
      const std::vector<TargetWord> words = evidence.wordsOfSentence(t);
      // A sentence copied whole is untranslated/sentence's finding: one place to translate, reported once.
      if (copiedSentence(pair, link, t)) {
        for (const TargetWord& w : words)
          if (w.noun) noun_placed[*w.noun] = true;
        continue;
      }
      std::vector<RunRole> roles;
      std::vector<bool> joined;
      std::size_t quotations_count = 0;
      for (std::size_t k = 0; k < words.size(); ++k) {
        roles.push_back(words[k].role);
        quotations_count = std::max(quotations_count, words[k].quotation);
        if (k + 1 < words.size())
          joined.push_back(words[k].quotation == words[k + 1].quotation &&
                           onlyPunctuationBetween(target.text(), words[k].word, words[k + 1].word));
      }
      std::vector<std::size_t> words_in_quotation(quotations_count + 1, 0),
          cores_in_quotation(quotations_count + 1, 0), target_in_quotation(quotations_count + 1, 0);
      for (const TargetWord& w : words) {
        ++words_in_quotation[w.quotation];
        if (w.role == RunRole::core) ++cores_in_quotation[w.quotation];
        if (w.role == RunRole::outside) ++target_in_quotation[w.quotation];
      }
      std::vector<WordRun> runs = groupRuns(roles, joined);
      for (WordRun& run : runs) run.last = widenedEnd(evidence, words, joined, run);
      runs = mergedCoordinations(evidence, words, joined, splitAtMachineWords(evidence, words, runs));
      const std::size_t core_runs = runs.size();
      for (const WordRun& stretch : coreFreeStretches(roles, joined)) {
        if (isCopiedPhrase(evidence, words, stretch.first, stretch.last))
          runs.push_back(stretch);
        else if (const std::optional<WordRun> window = lexicalisedWindow(evidence, words, stretch))
          runs.push_back(*window);
      }
      for (std::size_t r = 0; r < runs.size(); ++r) {
        const WordRun run = runs[r];
        const std::size_t quotation = words[run.first].quotation;
        bool in_source = false;
        for (std::size_t k = run.first; k <= run.last; ++k) {
          in_source = in_source || words[k].in_source;
          if (words[k].noun) noun_placed[*words[k].noun] = true;
        }
        if (quotation > 0 && evidence.quotesSource(words, quotation) && !scareQuote(words, quotation))
          continue;
        if (evidence.insideSourceQuotation(words, run) || inLatinPhrase(words, joined, run)) continue;
        if (!nouns_capitalised && followsName(words, joined, run)) continue;
        if (run.first == run.last && words[run.first].noun) {
          context.report(Finding(nouns[*words[run.first].noun]));
          continue;
        }
        Finding finding = r >= core_runs          ? phraseFinding(evidence, words, run)
                          : run.first == run.last ? wordFinding(evidence, words[run.first])
                                                  : runFinding(evidence, words, run, in_source);
        in_source = in_source || r >= core_runs;
        finding.primary = Side::target;
        finding.target = TextRange{words[run.first].word.range.begin, words[run.last].word.range.end};
        finding.source = pair.sourceRangeOfTarget(t);
        // The words themselves in the source sentence confirm the alignment, whatever the length model
        // thought.
        finding.confidence = in_source ? std::max(link.confidence, 0.8) : link.confidence;
        // A quotation made mostly of source-language words is a title or slogan kept on purpose; not one
        // with a word of the target language for every three of its words (« el *pillage »: the
        // translation's quotation, with a word left in it).
        const bool kept_quotation = quotation > 0 && !scareQuote(words, quotation) &&
                                    2 * cores_in_quotation[quotation] >= words_in_quotation[quotation] &&
                                    3 * target_in_quotation[quotation] < words_in_quotation[quotation];
        if (!in_source || kept_quotation) finding.severity = Severity::info;
        context.report(std::move(finding));
      }
    }
  }
  for (std::size_t n = 0; n < nouns.size(); ++n)
    if (!noun_placed[n]) context.report(Finding(nouns[n]));
}

}  // namespace concord::rules
