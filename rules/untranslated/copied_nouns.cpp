#include "rules/untranslated/copied_nouns.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>

#include "aligners/lexicon.h"
#include "checker/model/data_dir.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/language.h"
#include "dictionaries/dictionary_set.h"
#include "dictionaries/name_key.h"
#include "dictionaries/word_data.h"
#include "dictionaries/word_list.h"
#include "rules/evidence/name_words.h"
#include "rules/evidence/regional_lexicons.h"
#include "rules/evidence/spelling_memo.h"
#include "rules/untranslated/compound_parts.h"
#include "rules/untranslated/lexicon_renderings.h"

namespace concord::rules {
namespace {

constexpr std::size_t kMinNounLetters = 5;

// The last words of German street names (Terrassenufer, Kurfürstendamm, Karl-Marx-Allee): English copy
// writes the street under its name, "closed the Terrassenufer", so such a compound no lexicon lists is a
// name, not a noun left untranslated. Only heads that seldom end a common noun (not platz: Arbeitsplatz).
constexpr std::array<std::string_view, 6> kStreetHeads{"ufer", "straße", "strasse", "allee", "gasse", "damm"};

bool streetNameShaped(std::string_view word) {
  const std::string lowered = lowerCase(word);
  return std::any_of(kStreetHeads.begin(), kStreetHeads.end(), [&](std::string_view head) {
    return lowered.size() > head.size() + 3 &&
           lowered.compare(lowered.size() - head.size(), head.size(), head) == 0;
  });
}

// A capital then lower-case letters only, long enough not to be shared by chance (Film, Hotel).
bool nounShaped(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t at = 0; at < word.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(word, at, &len);
    if (!isLetter(cp) || (letters > 0 && isUpper(cp)) || (letters == 0 && !isUpper(cp))) return false;
    ++letters;
    at += std::max<std::size_t>(len, 1);
  }
  return letters >= kMinNounLetters;
}

// The word before `k` is part of the same name: capitalised, next to it, and not "The" opening a sentence
// (nor the source's "Zum" opening a phrase copied whole: Zum Glück).
bool followsNamePart(const Document& doc, const std::vector<NameWord>& words, std::size_t k,
                     const FunctionWords& function_words, const FunctionWords& source_function_words) {
  return k > 0 && words[k - 1].capitalised && spacedPair(doc, words[k - 1], words[k]) &&
         !function_words.contains(words[k - 1].text) &&
         !(words[k - 1].sentence_initial && source_function_words.contains(words[k - 1].text));
}

// The word before `k` is a possessive standing right before it (the Bundestag’s Haushaltsausschuss): the
// place of a determiner, and the end of the name before it.
bool followsPossessive(const Document& doc, const std::vector<NameWord>& words, std::size_t k) {
  if (k == 0) return false;
  const std::string_view between =
      std::string_view(doc.text())
          .substr(words[k - 1].range.end, words[k].range.begin - words[k - 1].range.end);
  return between == "’s " || between == "'s ";
}

// Words the article writes inside a run of capitalised words (the second word on): names, wherever they
// stand alone.
std::set<std::string> wordsInNameRuns(const Document& doc, const FunctionWords& function_words,
                                      const FunctionWords& source_function_words) {
  std::set<std::string> names;
  for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
    const std::vector<NameWord> words = nameWords(doc, s);
    for (std::size_t k = 1; k < words.size(); ++k)
      if (words[k].capitalised && followsNamePart(doc, words, k, function_words, source_function_words))
        names.insert(words[k].text);
  }
  return names;
}

// A compound whose last part is an adjective with the strong neuter ending of a name (Naturnahes Ahrtal,
// Freies Wendland): the part, in lower case, a dictionary word ending in -es. A noun's last part is no
// dictionary word in lower case (Gesetzes, Ausschusses).
bool endsInNamedAdjective(const HunspellLexicon& lexicon, std::string_view word) {
  constexpr std::size_t kMinPart = 4;
  const std::string lowered = lowerCase(word);
  if (!lowered.ends_with("es")) return false;
  const std::vector<std::size_t> starts = codePointStarts(lowered);
  for (std::size_t k = kMinPart; k + kMinPart <= starts.size(); ++k)
    if (spells(lexicon, std::string_view(lowered).substr(starts[k]))) return true;
  return false;
}

// The target language's words for features of the land (dictionaries/feature_words/<lang>.txt), read once.
const WordList& featureWords(const std::string& language) {
  static std::mutex mutex;
  static std::map<std::string, WordList> lists;
  std::lock_guard lock(mutex);
  auto it = lists.find(language);
  if (it == lists.end()) {
    const std::string path = dataPath("dictionaries/feature_words/" + language + ".txt");
    it = lists.emplace(language, std::filesystem::exists(path) ? WordList::load(path) : WordList()).first;
  }
  return it->second;
}

}  // namespace

std::vector<Finding> copiedNouns(const AlignedPair& pair, RuleContext& context,
                                 const HunspellLexicon& source_lexicon,
                                 const HunspellLexicon& target_lexicon) {
  std::vector<Finding> findings;
  const Document& target = pair.target;
  const DictionarySet& dictionaries = context.dictionaries();
  const std::string& target_language = target.language();
  const aligners::Lexicon& lexicon = aligners::lexiconFor(pair.source.language(), target_language);
  if (lexicon.size() == 0) return findings;  // no way to tell a noun English has a word for from a kept term
  const FunctionWords& function_words = dictionaries.functionWords(target.lang());
  const FunctionWords& source_function_words = dictionaries.functionWords(pair.source.lang());
  const std::set<std::string> names = wordsInNameRuns(target, function_words, source_function_words);

  // A word of the source language the target lacks (not a name: Vitali is neither's word).
  auto isSourceWord = [&](const std::string& word) {
    return spells(source_lexicon, word) &&
           !knownInLanguage(dictionaries, target_language, target_lexicon, word);
  };
  // A compound of two nouns of the source dictionary that Hunspell's compounding flags refuse whole
  // (Sandsack|füllstation), and no target word.
  auto isSplitCompound = [&](const std::string& word) {
    return !spells(source_lexicon, word) && splitsIntoNouns(source_lexicon, word) &&
           !knownInLanguage(dictionaries, target_language, target_lexicon, word);
  };

  // A compound whose last noun the lexicon renders as a feature of the land (Zug|spitze: peak; Königs|see:
  // lake) names a landmark the target keeps: the Zugspitze, the Königssee.
  const WordList& feature_words = featureWords(target_language);
  auto landmarkShaped = [&](const std::string& word) {
    if (feature_words.size() == 0) return false;
    for (const std::string& head : compoundHeads(source_lexicon, word))
      for (const std::string& rendering : lexiconRenderings(lexicon, head, target_lexicon, 0))
        if (feature_words.contains(rendering)) return true;
    return false;
  };

  for (std::size_t t = 0; t < target.sentences().size(); ++t) {
    const Link& link = pair.alignment.linkOfTarget(t);
    if (link.source_count == 0) continue;
    std::vector<NameWord> source_words;
    for (std::size_t s = link.source_begin; s < link.source_end(); ++s)
      for (NameWord& w : nameWords(pair.source, s)) source_words.push_back(std::move(w));
    const std::vector<NameWord> words = nameWords(target, t);
    for (std::size_t k = 0; k < words.size(); ++k) {
      const NameWord& word = words[k];
      if (word.sentence_initial || !nounShaped(word.text) || names.count(word.text)) continue;
      // German capitalises an adjective or verb only inside a name (Lebenswertes Mölltal, die Grünen) or as
      // a noun made of it: a word its dictionary knows in lower case is no common noun left untranslated.
      if (spells(source_lexicon, lowerCase(word.text)) || endsInNamedAdjective(source_lexicon, word.text))
        continue;
      if (followsNamePart(target, words, k, function_words, source_function_words)) continue;
      // Used as a common noun: after an article or determiner (the Bürgermeister), or as a title before a
      // name (Bürgermeister Vitali Klitschko). A bare capitalised word (to Schwamm, « Jugend ») is a place or
      // a title of its own.
      const bool title = k + 1 < words.size() && words[k + 1].capitalised &&
                         spacedPair(target, word, words[k + 1]) &&
                         !isSourceWord(words[k + 1].text);  // Erste Besteigung: a German title
      const std::string_view before_class =
          k > 0 && spacedPair(target, words[k - 1], word) ? function_words.classOf(words[k - 1].text) : "";
      // An article of the source, or a preposition fused with one, copied with the noun (Zum Glück, im
      // Vorfeld) where the target does not know it: a phrase left whole, reported from that word on.
      const bool after_source_article =
          k > 0 && spacedPair(target, words[k - 1], word) &&
          source_function_words.classOf(words[k - 1].text) == "article" &&
          !knownInLanguage(dictionaries, target_language, target_lexicon, lowerCase(words[k - 1].text)) &&
          std::any_of(source_words.begin(), source_words.end(),
                      [&](const NameWord& s) { return foldKey(s.text) == foldKey(words[k - 1].text); });
      if (!title && before_class != "article" && before_class != "determiner" && !after_source_article &&
          !followsPossessive(target, words, k))
        continue;
      // Copied letter for letter from the aligned source, a word there and not here.
      if (std::none_of(source_words.begin(), source_words.end(),
                       [&](const NameWord& s) { return s.text == word.text; }))
        continue;
      const bool split_compound = isSplitCompound(word.text);
      if ((!split_compound && !isSourceWord(word.text)) ||
          knownInLanguage(dictionaries, target_language, target_lexicon, lowerCase(word.text)) ||
          listedByNewsroom(context, word.text) || !dictionaries.gazetteer().byKey(nameKey(word.text)).empty())
        continue;
      const std::vector<std::string> translations = lexiconRenderings(lexicon, word.text, target_lexicon, 0);
      // A compound the dictionary builds from its words (Energie|versorgungs|unternehmen) is missing from the
      // lexicon because no one lists it whole; the few the target's press has adopted (Bundeswehr,
      // Energiewende) are news words of the target, skipped above.
      const bool compound =
          translations.empty() && (split_compound || source_lexicon.spellsAsCompound(word.text));
      if (translations.empty() && !compound) continue;
      if (compound && !title && (streetNameShaped(word.text) || landmarkShaped(word.text))) continue;
      Finding finding;
      finding.primary = Side::target;
      finding.target = after_source_article && before_class.empty()
                           ? TextRange{words[k - 1].range.begin, word.range.end}
                           : word.range;
      finding.source = pair.sourceRangeOfTarget(t);
      finding.confidence = std::max(link.confidence, 0.8);  // the copy in the source confirms the link
      finding.message = "“" + word.text + "” is a " + languageName(pair.source.language()) +
                        (compound ? " compound noun (" : " noun (") + source_lexicon.name() + " knows it, " +
                        target_lexicon.name() + " does not), also in the source sentence: left untranslated?";
      const bool with_article = finding.target->begin != word.range.begin;
      if (with_article) {
        // The noun's words are shown for the phrase; a word for the noun alone would not replace it.
        finding.message = "“" + std::string(finding.target->in(target.text())) + "” is a " +
                          languageName(pair.source.language()) + " phrase (" + source_lexicon.name() +
                          " knows “" + word.text + "”, " + target_lexicon.name() +
                          " does not), also in the source sentence: left untranslated?";
        if (!compound)
          finding.message += " The lexicon gives " + shownRenderings(translations) + " for the noun.";
      } else if (!compound) {
        finding.message += " The lexicon gives " + shownRenderings(translations);
        // A title before a name keeps its capital (Mayor Vitali Klitschko); otherwise English writes it
        // lower.
        finding.suggestion = title ? upperFirst(translations.front()) : translations.front();
      }
      findings.push_back(std::move(finding));
    }
  }
  return findings;
}

}  // namespace concord::rules
