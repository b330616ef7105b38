#include "rules/consistency/name_variants.h"

#include <algorithm>
#include <map>
#include <set>

#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "dictionaries/name_key.h"
#include "rules/consistency/spelling_slips.h"
#include "rules/evidence/foreign_place_names.h"
#include "rules/evidence/name_drift.h"
#include "rules/evidence/name_words.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "consistency/name-variants", "One name spelled two different ways in the same target",
    "Readers take two spellings for two people or places. Translation engines and rewrites mix spellings "
    "(Zelensky in one paragraph, Zelenskyy in the next) even when each one alone would pass.",
    Severity::warning};

struct Occurrence {
  std::string text;
  TextRange range;
  std::size_t sentence;
};

/// A finding on `occurrence` with `reference` as the fix, pointing at where the article writes the reference.
Finding otherSpelling(const AlignedPair& pair, const Occurrence& occurrence, const std::string& reference,
                      const Occurrence* reference_place) {
  Finding finding;
  finding.primary = Side::target;
  finding.target = occurrence.range;
  finding.source = pair.sourceRangeOfTarget(occurrence.sentence);
  finding.suggestion = reference;
  if (reference_place != nullptr)
    finding.notes.push_back({Side::target, reference_place->range, "the other spelling is used here"});
  return finding;
}

}  // namespace

const RuleInfo& ConsistencyNameVariantsRule::info() const { return kInfo; }

void ConsistencyNameVariantsRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& target = pair.target;
  const DictionarySet& dictionaries = context.dictionaries();
  const HouseStyle* style = dictionaries.houseStyle(context.settings().style, target.lang());
  const HunspellLexicon* lexicon = dictionaries.hunspell(target.language());
  const Gazetteer& gazetteer = dictionaries.gazetteer();
  const NameDriftFinder drift_finder(pair, dictionaries, context.settings());
  const ForeignPlaceNameFinder place_finder(pair, dictionaries, context.settings());
  // German capitalises its nouns: there a word the dictionary knows as written (Gas) is a noun, not a name.
  const bool nouns_capitalised = capitalisesNouns(target.language());

  // Words the source writes only in lower case are its ordinary words (okada, tech), not names, whatever
  // capital the target gives them (German nouns).
  const std::set<std::string> source_lower_case =
      lowerCaseOnlyWordsIn(pair.source, TextRange{0, pair.source.text().size()});
  std::vector<Occurrence> names;
  std::set<std::string> name_like;  // spellings that are not ordinary words
  for (std::size_t s = 0; s < target.sentences().size(); ++s) {
    context.deadline().check();
    std::vector<TextRange> reported;  // by the transliteration rules: not ours to report again
    if (style != nullptr) {
      for (const StyleMatch& m : findStyleVariants(*style, target, s)) reported.push_back(m.range);
    }
    for (const NameDrift& d : drift_finder.find(s)) {
      if (d.strong) reported.push_back(d.range);
    }
    for (const ForeignPlaceName& p : place_finder.find(s)) {
      if (p.strong) reported.push_back(p.range);
    }
    for (const NameWord& w : withHyphenatedParts(target, nameWords(target, s), lexicon)) {
      // A capitalised ordinary word mid-sentence may still be a name (Maxim); at a sentence start it is not,
      // nor anywhere in German, where every noun is capitalised.
      const bool ordinary =
          isOrdinaryWord(lexicon, w.text) || (nouns_capitalised && isKnownWord(lexicon, w.text));
      if (!w.capitalised || codePointCount(w.text) < 3 ||
          (ordinary && (w.sentence_initial || nouns_capitalised)) ||
          source_lower_case.count(lowerCase(w.text)) > 0)
        continue;
      if (!ordinary) name_like.insert(w.text);
      const bool taken = std::any_of(reported.begin(), reported.end(),
                                     [&](const TextRange& r) { return r.overlaps(w.range); });
      names.push_back({taken ? std::string() : w.text, w.range, s});
      if (taken) names.back().text = "\x01" + w.text;  // counted for frequency, never reported
    }
  }
  // The source's name words: the spelling the translator copied is the intended one.
  std::set<std::string> source_words;
  const HunspellLexicon* source_lexicon = dictionaries.hunspell(pair.source.language());
  for (std::size_t s = 0; s < pair.source.sentences().size(); ++s) {
    for (NameWord& w : withHyphenatedParts(pair.source, nameWords(pair.source, s), source_lexicon))
      source_words.insert(std::move(w.text));
  }
  std::vector<std::string> spellings;
  for (const Occurrence& o : names)
    spellings.push_back(o.text.starts_with('\x01') ? o.text.substr(1) : o.text);

  // Each spelling's first occurrence ("\x01"-prefixed for those the transliteration rules took), and the
  // occurrences open to report under each name key (built when a cluster first needs them): looked up per
  // cluster and per slip, where a look at every occurrence made the rule quadratic in the article.
  std::map<std::string, std::size_t, std::less<>> first_occurrence;
  for (std::size_t i = 0; i < names.size(); ++i) first_occurrence.try_emplace(names[i].text, i);
  auto firstOf = [&](const std::string& spelling) -> const Occurrence* {
    const auto open = first_occurrence.find(spelling), taken = first_occurrence.find("\x01" + spelling);
    std::size_t first = names.size();
    if (open != first_occurrence.end()) first = open->second;
    if (taken != first_occurrence.end()) first = std::min(first, taken->second);
    return first < names.size() ? &names[first] : nullptr;
  };
  std::map<std::string, std::vector<std::size_t>> open_by_key;
  auto openOccurrencesOf = [&](const std::string& key) -> const std::vector<std::size_t>& {
    if (open_by_key.empty()) {
      std::map<std::string, std::string, std::less<>> key_of;  // name keys are ICU work: one per spelling
      for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string& text = names[i].text;
        if (text.empty() || text.starts_with('\x01')) continue;
        auto known = key_of.find(text);
        if (known == key_of.end()) known = key_of.emplace(text, nameKey(text)).first;
        open_by_key[known->second].push_back(i);
      }
    }
    return open_by_key[key];
  };

  std::set<std::size_t> reported_here;  // occurrences reported as a spelling of a cluster (by offset)
  for (const SpellingCluster& cluster : clusterSpellings(spellings)) {
    // Spellings the transliteration rules report everywhere are neither reported again nor a reference.
    auto reportable = [&](const std::string& spelling) { return first_occurrence.count(spelling) > 0; };
    std::size_t open_spellings = 0;
    for (const auto& [spelling, count] : cluster.spellings) open_spellings += reportable(spelling) ? 1 : 0;
    if (open_spellings < 2) continue;
    // Two ordinary words (Defense, Defence) are the spelling rules' business, not a name's.
    if (std::none_of(cluster.spellings.begin(), cluster.spellings.end(),
                     [&](const auto& s) { return name_like.count(s.first) > 0; }))
      continue;
    // Two spellings that are each a known correct name (Serhiy and Sergei) are likely two people; a proper
    // noun the target's dictionary spells as written is a name in its own right (Germany, German and the
    // minister Herman share a key, as Г is g or h, but are three words).
    std::size_t known = 0;
    for (const auto& [spelling, count] : cluster.spellings) {
      if ((style != nullptr && style->isPreferred(spelling)) || gazetteer.isEnglishForm(spelling) ||
          isKnownWord(lexicon, spelling))
        ++known;
    }
    if (known > 1) continue;
    // The reference spelling: the house style's, else the gazetteer's English form, else the most frequent.
    std::string reference;
    for (const auto& [spelling, count] : cluster.spellings) {
      if (style != nullptr && style->isPreferred(spelling)) reference = spelling;
    }
    if (reference.empty()) {
      for (const auto& [spelling, count] : cluster.spellings) {
        if (gazetteer.isEnglishForm(spelling)) reference = spelling;
      }
    }
    bool unsure = false;
    if (reference.empty()) {
      std::vector<std::pair<std::string, std::size_t>> open;
      for (const auto& s : cluster.spellings) {
        if (reportable(s.first)) open.push_back(s);
      }
      reference = open.front().first;
      unsure = open[1].second == open.front().second;
      // A tie between a name and an ordinary word (Maksim, Maxim): the name is the deliberate spelling.
      if (unsure && name_like.count(open[0].first) != name_like.count(open[1].first)) {
        reference = name_like.count(open[0].first) ? open[0].first : open[1].first;
        unsure = false;
      }
      // A tie the source settles: it writes one of the two spellings (Albares) and not the other (Albarez).
      if (unsure && source_words.count(open[0].first) != source_words.count(open[1].first)) {
        reference = source_words.count(open[0].first) ? open[0].first : open[1].first;
        unsure = false;
      }
    }
    const Occurrence* first_reference = firstOf(reference);
    const std::string reference_variation = englishVariationKey(reference);
    for (std::size_t i : openOccurrencesOf(cluster.key)) {
      const Occurrence& o = names[i];
      if (o.text == reference || englishVariationKey(o.text) == reference_variation) continue;
      // The source writes both spellings letter for letter (Aung San and the Shan state in an English
      // source): the translation copied two names, it did not vary one.
      if (source_words.count(o.text) > 0 && source_words.count(reference) > 0) continue;
      Finding finding = otherSpelling(pair, o, reference, first_reference);
      finding.message = "\u201C" + o.text + "\u201D and \u201C" + reference +
                        "\u201D look like one name spelled two ways in this article";
      finding.confidence = 0.9;
      // Without a house-style or gazetteer spelling and with equal counts, either may be the right one.
      if (unsure) finding.severity = Severity::info;
      reported_here.insert(o.range.begin);
      context.report(std::move(finding));
    }
  }

  // Slips: one name written a letter off (Teboune beside Tebboune, Niamay beside Niamey), which the
  // romanization key keeps apart or calls an English variation (a doubled letter). The source decides: it
  // writes the intended spelling and never the slipped one.
  std::map<std::string, std::size_t> counts;
  for (const Occurrence& o : names) {
    if (!o.text.empty() && !o.text.starts_with('\x01')) ++counts[o.text];
  }
  const auto slips = spellingSlips(counts, source_words);
  for (const Occurrence& o : names) {
    const auto slip = slips.find(o.text);
    if (slip == slips.end() || reported_here.count(o.range.begin) > 0 || name_like.count(o.text) == 0 ||
        isKnownWord(lexicon, o.text))
      continue;
    const std::string& intended = slip->second;
    const auto first = first_occurrence.find(intended);
    Finding finding =
        otherSpelling(pair, o, intended, first == first_occurrence.end() ? nullptr : &names[first->second]);
    const std::string backing = source_words.count(intended) > 0
                                    ? "which the source writes"
                                    : "the source's name in this language's spelling";
    finding.message = "\u201C" + o.text + "\u201D looks like a slip for \u201C" + intended + "\u201D, " +
                      backing + " and this article uses elsewhere";
    finding.confidence = 0.85;
    context.report(std::move(finding));
  }
}

}  // namespace concord::rules
