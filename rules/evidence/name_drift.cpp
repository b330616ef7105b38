#include "rules/evidence/name_drift.h"

#include <algorithm>
#include <set>

#include "checker/model/unicode_text.h"
#include "checker/reading/language.h"
#include "dictionaries/dictionary_set.h"
#include "dictionaries/name_key.h"
#include "rules/evidence/name_words.h"

namespace concord::rules {
namespace {

// The longest run of capitalised words tried as one name ("Juan Carlos Rodríguez Zapatero" is four). A
// title-case headline or an all-capitalised text has far longer runs; trying every sub-run of those costs
// the cube of their length.
constexpr std::size_t kMaxNameWords = 8;

std::string lastWord(const std::string& name) {
  const auto space = name.find_last_of(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

bool sameEnglish(const std::string& a, const std::string& b) {
  return englishVariationKey(a) == englishVariationKey(b);
}

bool isCyrillic(std::string_view word) {
  const char32_t cp = codePointAt(word, 0);
  return cp >= 0x0400 && cp <= 0x052F;
}

std::string conventionName(const std::string& convention) {
  if (convention == "uk-as-ru") return "Russian letter values for a Ukrainian name";
  return languageName(convention) + " romanization";
}

std::string quoted(const std::string& text) { return "\u201C" + text + "\u201D"; }

}  // namespace

struct NameDriftFinder::SourceName {
  NameWord word;
  bool cyrillic = false;
  std::string english;  ///< romanized (Cyrillic) or with the source language's convention undone
  std::string key, english_key;
  /// A Ukrainian given name (Ukrainian sources only): which, so that a target word may be checked against its
  /// Russian form.
  const Romanization::GivenNamePair* given_name = nullptr;
};

NameDriftFinder::NameDriftFinder(const AlignedPair& pair, const DictionarySet& dictionaries,
                                 const CheckSettings& settings)
    : pair_(pair) {
  target_language_ = pair.target.language();
  source_language_ = pair.source.language();
  // French and German targets too: their own spellings come from the house style and the conventions'
  // forward rows; German nouns are kept out of the evidence by the dictionary tests (a noun is a known word).
  supported_ = target_language_ == "en" || target_language_ == "es" || target_language_ == "fr" ||
               target_language_ == "de";
  // With a Cyrillic source every name has a counterpart to compare with; letters alone are no evidence then.
  source_cyrillic_ = source_language_ == "ru" || source_language_ == "uk" || source_language_ == "be";
  if (!supported_) return;
  style_ = dictionaries.houseStyle(settings.style, pair.target.lang());
  gazetteer_ = &dictionaries.gazetteer();
  romanization_ = &dictionaries.romanization();
  lexicon_ = dictionaries.hunspell(target_language_);
  world_names_ = &dictionaries.worldNames();
  world_names_target_ = WorldNames::languageIndex(target_language_);
  convention_judge_ = std::make_unique<SourceConventionJudge>(pair, dictionaries, style_);
}

std::vector<std::string> NameDriftFinder::foreignConventions() const {
  std::vector<std::string> list;
  for (const std::string& c : romanization_->conventions()) {
    if (c != target_language_) list.push_back(c);
  }
  return list;
}

std::string NameDriftFinder::toTarget(const std::string& english) const {
  if (target_language_ == "en") return english;
  return romanization_->forward(english, target_language_);
}

std::string NameDriftFinder::refine(const std::string& english, std::string* note) const {
  const std::string key = nameKey(english);
  if (style_ != nullptr) {
    if (const StyleEntry* entry = style_->preferredByKey(key)) return entry->preferred;
    // A surname the style lists only inside a full name (dpa's Sergej Schoigu for Sergey Shoygu): its
    // last word, before any spelling of ours.
    for (const StyleEntry& entry : style_->profile().entries) {
      const bool named = nameKey(lastWord(entry.preferred)) == key ||
                         std::any_of(entry.replaces.begin(), entry.replaces.end(),
                                     [&](const std::string& r) { return nameKey(lastWord(r)) == key; });
      if (named && entry.preferred.find(' ') != std::string::npos) return lastWord(entry.preferred);
    }
  }
  if (target_language_ != "en") return toTarget(english);
  for (const GazetteerEntry* e : gazetteer_->byKey(key)) {
    if (e->kind == "org" || nameKey(e->english) != key) continue;
    if (note) *note = e->native;
    return e->english;
  }
  for (const GazetteerEntry* e : gazetteer_->bySurnameKey(key)) {
    if (e->kind == "org" || nameKey(lastWord(e->english)) != key) continue;
    if (note) *note = lastWord(e->native);
    return lastWord(e->english);
  }
  for (const auto& [given, native] : gazetteer_->givenNamesByKey(key)) {
    if (note) *note = native;
    return given;
  }
  return english;
}

std::optional<std::string> NameDriftFinder::spellingUsedElsewhere(const GazetteerEntry& entry,
                                                                  TextRange range) const {
  const std::string& text = pair_.target.text();
  const std::string written_surname = lastWord(std::string(pair_.target.textOf(range)));
  for (const std::string& variant : entry.variants) {
    const std::string surname = lastWord(variant);
    if (surname == written_surname) continue;
    for (std::size_t at = text.find(surname); at != std::string::npos; at = text.find(surname, at + 1)) {
      const std::size_t end = at + surname.size();
      const bool whole = (at == 0 || !isLetter(codePointBefore(text, at))) &&
                         (end >= text.size() || !isLetter(codePointAt(text, end)));
      if (whole && (end <= range.begin || at >= range.end)) return variant;
    }
  }
  return std::nullopt;
}

std::optional<NameDrift> NameDriftFinder::checkFullName(const std::string& text, TextRange range) const {
  for (const GazetteerEntry* e : gazetteer_->byKey(nameKey(text))) {
    if (e->kind == "org") continue;
    std::string preferred = e->english;
    const StyleEntry* styled = style_ != nullptr ? style_->preferredByKey(nameKey(e->english)) : nullptr;
    if (styled) preferred = styled->preferred;
    // Outside English, the article's own spelling of the person elsewhere (Zaluzhni in a Spanish story
    // that also writes Zaloujny) is the better suggestion than the English form bent to the language.
    if (target_language_ != "en" && !styled) {
      const auto elsewhere = spellingUsedElsewhere(*e, range);
      preferred = elsewhere ? *elsewhere : toTarget(preferred);
    }
    if (text == preferred || sameEnglish(text, preferred) || sameEnglish(text, e->english))
      return std::nullopt;
    const bool listed = std::find(e->variants.begin(), e->variants.end(), text) != e->variants.end();
    bool signals = false;
    for (const std::string& c : foreignConventions())
      signals = signals || !romanization_->reverse(text, c).signals.empty();
    if (!listed && !signals) continue;
    NameDrift drift;
    drift.range = range;
    drift.written = text;
    drift.suggestion = preferred;
    drift.strong = true;
    drift.message =
        quoted(text) + " is a variant spelling of " + quoted(preferred) + " (gazetteer: " + e->native + ")";
    return drift;
  }
  return std::nullopt;
}

std::optional<NameDrift> NameDriftFinder::checkWord(const std::string& word, TextRange range,
                                                    bool sentence_initial,
                                                    const std::vector<SourceName>& source_names) const {
  (void)sentence_initial;
  if (codePointCount(word) < 3 || isOrdinaryWord(lexicon_, word)) return std::nullopt;
  if (style_ != nullptr && (style_->isPreferred(word) || style_->replacing(word) != nullptr))
    return std::nullopt;
  if (gazetteer_->isEnglishForm(word)) return std::nullopt;
  // A place's own form in the target language (GeoNames, iso-codes) is no drift, even where a Cyrillic
  // source romanized by BGN spells it otherwise: the English press writes Andijan and Khujand for Андижан and
  // Худжанд, which a French j or dj reversed would wrongly turn back into Andizhan and Khudzhand.
  if (world_names_target_ >= 0 && world_names_->isFormIn(word, world_names_target_)) return std::nullopt;
  const bool known = isKnownWord(lexicon_, word);
  const std::string key = nameKey(word);

  std::vector<ConventionReversal> reversals;
  for (const std::string& c : foreignConventions()) {
    ConventionReversal r = romanization_->reverse(word, c);
    if (!r.signals.empty()) reversals.push_back(std::move(r));
  }
  // The source language's own convention first: it is the likeliest origin of a leak.
  std::stable_partition(reversals.begin(), reversals.end(),
                        [&](const ConventionReversal& r) { return r.convention == source_language_; });

  // The word's key, and the keys it has with a foreign convention undone (French ch is sh: Koudriachov).
  std::vector<std::string> keys{key};
  for (const ConventionReversal& r : reversals) keys.push_back(nameKey(r.candidate));
  const SourceName* counterpart = nullptr;
  std::string inflected_english;  // the source name in its base form when the source inflects it
  for (const SourceName& s : source_names) {
    if (std::find(keys.begin(), keys.end(), s.key) != keys.end() ||
        std::find(keys.begin(), keys.end(), s.english_key) != keys.end()) {
      counterpart = &s;
      break;
    }
  }
  if (counterpart == nullptr) {
    // Russian and Ukrainian decline names (Гончарова, Гончаровым for Гончаров): a Cyrillic source word whose
    // key is the target word's plus a short ending is the same name in another case.
    for (const SourceName& s : source_names) {
      if (!s.cyrillic) continue;
      for (const std::string& k : keys) {
        const std::size_t extra = s.key.size() > k.size() ? s.key.size() - k.size() : 0;
        if (extra == 0 || extra > 2 || s.key.compare(0, k.size(), k) != 0 || s.english.size() <= extra)
          continue;
        counterpart = &s;
        inflected_english = s.english.substr(0, s.english.size() - extra);
        break;
      }
      if (counterpart != nullptr) break;
    }
  }

  NameDrift drift;
  drift.range = range;
  drift.written = word;
  std::string note;
  if (counterpart != nullptr) {
    const std::string& english = inflected_english.empty() ? counterpart->english : inflected_english;
    if (known || sameEnglish(word, english)) return std::nullopt;
    if (counterpart->cyrillic) {
      // Two conventions may have met in one word (French ou on a Ukrainian name read as Russian: Goumeniouk).
      const std::size_t single = reversals.size();
      for (std::size_t i = 0; i < single; ++i) {
        for (const std::string& c : foreignConventions()) {
          ConventionReversal twice = romanization_->reverse(reversals[i].candidate, c);
          if (twice.signals.empty() || c == reversals[i].convention) continue;
          twice.convention = reversals[i].convention;
          twice.signals.insert(twice.signals.begin(), reversals[i].signals.begin(),
                               reversals[i].signals.end());
          reversals.push_back(std::move(twice));
        }
      }
    }
    const ConventionReversal* why = nullptr;
    for (const ConventionReversal& r : reversals) {
      if (counterpart->cyrillic) {
        // The word reaches the romanized source name only by undoing a foreign convention.
        if (sameEnglish(r.candidate, english)) why = &r;
      } else {
        const std::string lower_english = asciiLowerLetters(english);
        for (const std::string& s : r.signals) {
          if (lower_english.find(asciiLowerLetters(s)) == std::string::npos) why = &r;
        }
      }
      if (why != nullptr) break;
    }
    if (why == nullptr) return std::nullopt;
    // A Latin source name must look East Slavic, unless the gazetteer has it: a source that spells the place
    // the English way (Myrnohrad) and a target that russified it (Myrnograd) need no -ov or kh to be sure.
    // English romanizations of Cyrillic (BGN/PCGN, KMU 2010) write no marks, so a candidate that keeps an
    // umlaut or an accent (Jürgen undone into Yürgen) is the source language's own name, not a Slavic one.
    if (!counterpart->cyrillic && !gazetteer_->isEnglishForm(english) &&
        (!isAscii(english) || !romanization_->looksSlavic(word + " " + counterpart->word.text, english)))
      return std::nullopt;
    drift.suggestion = refine(english, &note);
    if (drift.suggestion == word) return std::nullopt;
    drift.source = counterpart->word.range;
    // A name copied letter for letter whose only foreign trait is w, with no gazetteer entry behind it, is as
    // likely a German or Polish person's own spelling (Weselsky, Kowalski): only info then.
    const bool only_w = std::all_of(why->signals.begin(), why->signals.end(),
                                    [](const std::string& g) { return g == "w" || g == "W"; });
    // A j for Ж as the only foreign trait is also how the Kazakh, Kyrgyz, Uzbek and Azerbaijani Latin
    // alphabets write their own names, which English press keeps (Jeenbekov, Jalal-Abad, the Jogorku
    // Kenesh): without a gazetteer entry or a drifted neighbour (strengthenByGivenName) it is only info.
    const bool only_j =
        counterpart->cyrillic && std::all_of(why->signals.begin(), why->signals.end(),
                                             [](const std::string& g) { return g == "j" || g == "J"; });
    drift.strong = !note.empty() || (counterpart->cyrillic && !only_j) ||
                   (!counterpart->cyrillic && (word != counterpart->word.text || !only_w));
    drift.message = quoted(word) + " follows the " + conventionName(why->convention) + " (" +
                    why->signals.front() + "); " + languageName(target_language_) + " press writes " +
                    quoted(drift.suggestion) + " (source: " + counterpart->word.text +
                    (counterpart->cyrillic ? " → " + english : "") + ")";
  } else {
    // No counterpart in the aligned source: the gazetteer, then the letters alone.
    std::string english;
    for (const GazetteerEntry* e : gazetteer_->byKey(key)) {
      if (e->kind != "org" && e->english.find(' ') == std::string::npos) english = e->english;
    }
    if (english.empty()) {
      for (const GazetteerEntry* e : gazetteer_->bySurnameKey(key)) {
        if (e->kind != "org") english = lastWord(e->english);
      }
    }
    if (english.empty()) {
      for (const auto& given : gazetteer_->givenNamesByKey(key)) english = given.first;
    }
    // An ordinary word of the target language (Germany) is never a drifted given name (Герман).
    if (!english.empty() && !known && !sameEnglish(word, english) && !reversals.empty()) {
      drift.suggestion = refine(english, &note);
      if (drift.suggestion == word || sameEnglish(word, drift.suggestion)) return std::nullopt;
      drift.strong = true;
      drift.message = quoted(word) + " follows the " + conventionName(reversals.front().convention) + " (" +
                      reversals.front().signals.front() + "); " + languageName(target_language_) +
                      " press writes " + quoted(drift.suggestion);
    } else if (english.empty() && !known && !reversals.empty() && !source_cyrillic_) {
      // Letters alone: only groups English never writes (ou, tch, sch, w …), not ch, which English has too.
      const auto strong_signal =
          std::find_if(reversals.begin(), reversals.end(), [](const ConventionReversal& r) {
            return std::any_of(r.signals.begin(), r.signals.end(),
                               [](const std::string& g) { return g != "ch"; });
          });
      if (strong_signal == reversals.end()) return std::nullopt;
      const ConventionReversal& r = *strong_signal;
      if (sameEnglish(word, r.candidate) || !isAscii(r.candidate) ||
          !romanization_->looksSlavic(word, r.candidate))
        return std::nullopt;
      drift.suggestion = toTarget(r.candidate);
      drift.strong = false;
      drift.message = quoted(word) + " may follow the " + conventionName(r.convention) + " (" +
                      r.signals.front() + "); " + languageName(target_language_) + " press would write " +
                      quoted(drift.suggestion) + " (no source or gazetteer evidence)";
    } else {
      return std::nullopt;
    }
  }
  if (!note.empty()) drift.message += "; gazetteer: " + note;
  return drift;
}

std::optional<NameDrift> NameDriftFinder::sourceConvention(
    const NameWord& word, std::size_t run_length, const std::vector<SourceName>& source_names) const {
  const auto evidence = convention_judge_->judge(word, run_length);
  if (!evidence) return std::nullopt;
  std::string groups;
  bool marks_only = true;
  for (const NameConventionRule* r : evidence->rules) {
    groups +=
        (groups.empty() ? "" : ", ") + r->written + " \u2192 " + (r->undone.empty() ? "\u2205" : r->undone);
    marks_only = marks_only && r->source == "*";
  }
  NameDrift drift;
  drift.range = word.range;
  drift.written = word.text;
  drift.suggestion = evidence->suggestion;
  drift.strong = true;
  const std::string why =
      marks_only ? "carries marks " + languageName(target_language_) + " press never puts on a foreign name"
                 : "follows the " + conventionName(source_language_);
  drift.message = quoted(word.text) + " " + why + " (" + groups + "); " + languageName(target_language_) +
                  " press writes " + quoted(drift.suggestion) + " (known to: " + evidence->known_by + ")";
  // The source spelling the translation copied, when the aligned source has it letter for letter.
  for (const SourceName& s : source_names) {
    if (s.word.text == word.text) drift.source = s.word.range;
  }
  return drift;
}

std::optional<NameDrift> NameDriftFinder::wholeName(const std::vector<NameWord>& words, std::size_t begin,
                                                    std::size_t end,
                                                    const std::vector<NameDrift>& drifts) const {
  // Igor Terejov → Ihor Terekhov: when the run with its drifted words corrected is a gazetteer name, report
  // the whole name once, with the whole name as the suggestion.
  if (drifts.empty() || drifts.size() > kMaxNameWords || end - begin < 2 || target_language_ != "en")
    return std::nullopt;
  auto driftOf = [&](std::size_t k) {
    return std::find_if(drifts.begin(), drifts.end(),
                        [&](const NameDrift& n) { return n.range == words[k].range; });
  };
  // Longest sub-run first ("Mayor Igor Terejov" holds the name "Igor Terejov"); it must hold every drift.
  for (std::size_t length = std::min(end - begin, kMaxNameWords); length >= 2; --length) {
    for (std::size_t b = begin; b + length <= end; ++b) {
      std::size_t inside = 0;
      std::string corrected;
      for (std::size_t k = b; k < b + length; ++k) {
        const auto d = driftOf(k);
        inside += d != drifts.end() ? 1 : 0;
        corrected += (k > b ? " " : "") + (d != drifts.end() ? d->suggestion : words[k].text);
      }
      if (inside != drifts.size()) continue;
      const TextRange range{words[b].range.begin, words[b + length - 1].range.end};
      const std::string written(pair_.target.textOf(range));
      for (const GazetteerEntry* e : gazetteer_->byKey(nameKey(corrected))) {
        if (e->kind == "org" || written == e->english) continue;
        NameDrift whole = drifts.front();
        whole.range = range;
        whole.written = written;
        whole.suggestion = e->english;
        whole.message += "; the full name is " + quoted(e->english) + " (gazetteer: " + e->native + ")";
        return whole;
      }
    }
  }
  return std::nullopt;
}

void NameDriftFinder::strengthenByGivenName(const std::vector<NameWord>& words, std::size_t begin,
                                            std::size_t end, std::vector<NameDrift>& drifts) const {
  // A surname whose only foreign trait is w is info on its own (Weselsky, Kowalski), but next to an East
  // Slavic given name (Ihor Wasylenko) or a name that drifted for sure (Wasyl Sawtschenko) it is the same
  // person's name romanized the source's way.
  for (NameDrift& drift : drifts) {
    if (drift.strong || !drift.source) continue;
    for (std::size_t k = begin; k < end && !drift.strong; ++k) {
      if (words[k].range == drift.range) continue;
      const bool drifted = std::any_of(drifts.begin(), drifts.end(), [&](const NameDrift& other) {
        return other.strong && other.range == words[k].range;
      });
      const auto given = gazetteer_->givenNamesByKey(nameKey(words[k].text));
      if (!drifted && given.empty()) continue;
      drift.strong = true;
      drift.message += "; " + quoted(words[k].text) +
                       (drifted ? " drifted the same way" : " is an East Slavic given name");
    }
  }
}

std::optional<NameDrift> NameDriftFinder::russianGivenName(
    const NameWord& word, const std::string& surname, const std::vector<SourceName>& source_names) const {
  if (std::none_of(source_names.begin(), source_names.end(),
                   [](const SourceName& s) { return s.given_name != nullptr; }))
    return std::nullopt;
  // Ukrainian papers write Russians' names the Ukrainian way too (Сергій Лавров): a Russian the gazetteer
  // knows keeps his Russian given name in English (Sergei Lavrov).
  if (!surname.empty()) {
    for (const GazetteerEntry* e : gazetteer_->bySurnameKey(nameKey(surname)))
      if (e->kind == "person" && e->origin == "ru") return std::nullopt;
  }
  for (const SourceName& s : source_names) {
    const Romanization::GivenNamePair* pair = s.given_name;
    if (pair == nullptr) continue;
    std::vector<std::string> russian_forms = pair->russian_english;
    russian_forms.push_back(romanization_->romanize(pair->russian, "ru"));
    std::string ukrainian = romanization_->romanize(pair->ukrainian, "uk");
    if (!ukrainian.empty()) ukrainian = upperFirst(ukrainian);
    if (sameEnglish(word.text, ukrainian)) return std::nullopt;
    const bool russian =
        std::any_of(russian_forms.begin(), russian_forms.end(), [&](const std::string& form) {
          return !sameEnglish(form, ukrainian) && sameEnglish(word.text, upperFirst(form));
        });
    if (!russian) continue;
    NameDrift drift;
    drift.range = word.range;
    drift.written = word.text;
    std::string note;
    drift.suggestion = refine(toTarget(ukrainian), &note);
    drift.source = s.word.range;
    drift.strong = true;
    drift.message = quoted(word.text) + " renders the Russian name " + pair->russian +
                    "; the source's Ukrainian name is " + upperFirst(pair->ukrainian) +
                    " (source: " + s.word.text + "), which " + languageName(target_language_) +
                    " press writes " + quoted(drift.suggestion);
    return drift;
  }
  return std::nullopt;
}

std::vector<NameDrift> NameDriftFinder::find(std::size_t sentence) const {
  std::vector<NameDrift> found;
  if (!supported_) return found;
  const Document& target = pair_.target;
  const std::vector<NameWord> words = nameWords(target, sentence);

  std::vector<TextRange> covered;
  if (style_ != nullptr) {
    for (const StyleMatch& m : findStyleVariants(*style_, target, sentence)) covered.push_back(m.range);
  }
  // The words of a spelling the house style prefers (AP's Kassym-Jomart Tokayev) are the style's own
  // letters, whatever a foreign convention undone would make of one of them (Jomart is no French Zhomart).
  if (style_ != nullptr) {
    const std::string& text = target.text();
    for (const NameWord& w : words) {
      if (!w.capitalised) continue;
      const std::size_t space = text.find(' ', w.range.begin);
      const std::string first =
          text.substr(w.range.begin, (space == std::string::npos ? text.size() : space) - w.range.begin);
      for (const std::string& opening : {w.text, first}) {
        for (const HouseStyle::Form* form : style_->formsStartingWith(opening)) {
          if (form->variant || text.compare(w.range.begin, form->text.size(), form->text) != 0) continue;
          const std::size_t end = w.range.begin + form->text.size();
          if (end < text.size() && isLetter(codePointAt(text, end))) continue;
          covered.push_back(TextRange{w.range.begin, end});
        }
      }
    }
  }
  auto isCovered = [&](TextRange r) {
    return std::any_of(covered.begin(), covered.end(), [&](const TextRange& c) { return c.overlaps(r); });
  };

  std::vector<SourceName> source_names;
  // Words the aligned source writes only in lower case are ordinary words, not names, whatever capital the
  // target gives them: German capitalises its nouns, loans among them (Tech-Hub for "tech hub").
  std::set<std::string> source_lower_case;
  const bool ukrainian_source = source_language_.substr(0, source_language_.find('-')) == "uk";
  if (const auto source_range = pair_.sourceRangeOfTarget(sentence)) {
    source_lower_case = lowerCaseOnlyWordsIn(pair_.source, *source_range);
    for (NameWord& w : capitalisedWordsIn(pair_.source, *source_range)) {
      SourceName s;
      s.cyrillic = isCyrillic(w.text);
      if (s.cyrillic) {
        s.english = romanization_->romanize(w.text, source_language_);
      } else {
        const auto& conventions = romanization_->conventions();
        const bool has_convention =
            std::find(conventions.begin(), conventions.end(), source_language_) != conventions.end();
        s.english = has_convention ? romanization_->reverse(w.text, source_language_).candidate : w.text;
      }
      s.key = s.cyrillic ? nameKey(s.english) : nameKey(w.text);
      s.english_key = nameKey(s.english);
      if (s.cyrillic && ukrainian_source) s.given_name = romanization_->ukrainianGivenName(w.text);
      s.word = std::move(w);
      source_names.push_back(std::move(s));
    }
  }

  for (std::size_t i = 0; i < words.size();) {
    if (!words[i].capitalised || isCovered(words[i].range)) {
      ++i;
      continue;
    }
    // A run of capitalised words separated by single spaces: a full name to try against the gazetteer.
    std::size_t j = i + 1;
    while (j < words.size() && words[j].capitalised && spacedPair(target, words[j - 1], words[j]) &&
           !isCovered(words[j].range))
      ++j;
    bool handled = false;
    for (std::size_t end = std::min(j, i + kMaxNameWords); end >= i + 2 && !handled; --end) {
      const TextRange range{words[i].range.begin, words[end - 1].range.end};
      const std::string name(target.textOf(range));
      const auto entries = gazetteer_->byKey(nameKey(name));
      if (entries.empty()) continue;
      if (auto drift = checkFullName(name, range)) found.push_back(*drift);
      for (std::size_t k = i; k < end; ++k) covered.push_back(words[k].range);
      handled = true;
    }
    std::vector<NameDrift> run_drifts;
    for (std::size_t k = i; k < j; ++k) {
      if (isCovered(words[k].range) || source_lower_case.count(lowerCase(words[k].text)) > 0) continue;
      const std::string surname = k + 1 < j ? words[k + 1].text : std::string();
      if (auto drift = russianGivenName(words[k], surname, source_names)) {
        run_drifts.push_back(*drift);
        continue;
      }
      if (auto drift = checkWord(words[k].text, words[k].range, words[k].sentence_initial, source_names))
        run_drifts.push_back(*drift);
      else if (auto convention = sourceConvention(words[k], j - i, source_names))
        run_drifts.push_back(*convention);
    }
    strengthenByGivenName(words, i, j, run_drifts);
    if (auto whole = wholeName(words, i, j, run_drifts)) run_drifts = {*whole};
    for (NameDrift& d : run_drifts) found.push_back(std::move(d));
    i = j;
  }
  std::sort(found.begin(), found.end(),
            [](const NameDrift& a, const NameDrift& b) { return a.range.begin < b.range.begin; });
  return found;
}

}  // namespace concord::rules
