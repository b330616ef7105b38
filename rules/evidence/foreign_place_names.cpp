#include "rules/evidence/foreign_place_names.h"

#include <algorithm>

#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "dictionaries/name_key.h"
#include "dictionaries/romanization.h"
#include "rules/evidence/name_words.h"
#include "rules/evidence/press_letters.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

// Whether `text` holds `word` as a whole word (Niger is not in "Nigeria").
bool holdsWord(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !isLetter(codePointBefore(text, at));
    const bool ends = at + word.size() >= text.size() || !isLetter(codePointAt(text, at + word.size()));
    if (starts && ends) return true;
  }
  return false;
}

/// The text between two words of one place name: a space or a hyphen, with Apertium's '*' before an unknown
/// word dropped ("*Ulán *Bator"). Anything else (a comma, a full stop, two spaces) ends the name.
std::optional<std::string> joiner(std::string_view gap) {
  std::string kept;
  for (char c : gap) {
    if (c == '*') continue;
    if (c != ' ' && c != '-') return std::nullopt;
    kept += c;
  }
  if (kept != " " && kept != "-") return std::nullopt;
  return kept;
}

/// True when the capitalised word next to a place name makes it part of a longer name (Michael Jordan,
/// Sevilla FC): a capitalised word the target's dictionary does not know as an ordinary word.
bool extendsName(const NameWord& word, const HunspellLexicon* lexicon) {
  return word.capitalised && !isOrdinaryWord(lexicon, word.text);
}

/// True when the written form and the target language's form are one name told apart by what is no exonym:
/// one holds the other's words (Santiago de Chile and Santiago; Hatay and Provincia de Hatay), or only marks
/// differ (Saint-Étienne and Saint-Etienne, Adiyaman and Adıyaman) where marks are not the target's own
/// spelling (English drops and keeps them freely; Spanish Dubái against Dubai is Fundéu's form, and counts).
bool sameNameOtherwise(const std::string& written, const std::string& target_form, bool marks_count) {
  // Padded so that a match starts and ends at word boundaries (appended, not concatenated: GCC 12 warns
  // wrongly on " " + string + " ").
  auto padded = [](const std::string& text) {
    std::string out(" ");
    out += asciiLowerLetters(text);
    out += ' ';
    return out;
  };
  const std::string a = padded(written);
  const std::string b = padded(target_form);
  if (a == b) return !marks_count;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

/// The runs of sentence `sentence` that start at a capitalised word and join up to `max_words` words as
/// joiner() allows, longest first; `match(words, glues)` (the run's word texts and the joiners between them)
/// gives the spelling and readings of a run, or nothing. A matched run is not looked into again.
template <typename Match>
std::vector<PlaceSpan> spansWhere(const Document& doc, std::size_t sentence, std::size_t max_words,
                                  Match match) {
  std::vector<NameWord> words = nameWords(doc, sentence);
  // d'Alep, l'Irak: the place name starts after the elided article, unless the apostrophe is the name's own
  // (N'Djamena, N'Zérékoré are places as written; Djamena is none).
  for (NameWord& word : words) {
    const TextRange bare = withoutElision(doc.text(), word.range);
    if (bare == word.range || match(std::vector<std::string>{word.text}, std::vector<std::string>{}))
      continue;
    word.range = bare;
    word.text = std::string(doc.textOf(bare));
    word.capitalised = isUpper(codePointAt(word.text, 0));
  }
  const std::string& text = doc.text();
  std::vector<PlaceSpan> spans;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!words[i].capitalised) continue;
    // Grow the run as far as a form can reach, then try the longest first.
    std::vector<std::string> run{words[i].text}, glues;
    for (std::size_t j = i + 1; j < words.size() && run.size() < max_words; ++j) {
      const auto glue = joiner(std::string_view(text).substr(words[j - 1].range.end,
                                                             words[j].range.begin - words[j - 1].range.end));
      if (!glue) break;
      glues.push_back(*glue);
      run.push_back(words[j].text);
    }
    for (std::size_t n = run.size(); n-- > 0;) {
      run.resize(n + 1);
      glues.resize(n);
      auto found = match(run, glues);
      if (!found) continue;
      spans.push_back({TextRange{words[i].range.begin, words[i + n].range.end}, std::move(found->first),
                       std::move(found->second)});
      i += n;
      break;
    }
  }
  return spans;
}

std::string joined(const std::vector<std::string>& words, const std::vector<std::string>& glues) {
  std::string out = words.front();
  for (std::size_t k = 1; k < words.size(); ++k) out += glues[k - 1] + words[k];
  return out;
}

bool isAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// True when `span`'s spelling is a form the catalogue of `language` gives for one of the places it reads as
/// (not a form that language has only by falling back to English).
bool isExplicitFormIn(const PlaceSpan& span, int language) {
  return std::any_of(span.readings.begin(), span.readings.end(), [&](const WorldNames::Reading& r) {
    return r.place->forms[language] == span.spelling || (!r.press_line.empty() && r.language == language);
  });
}

/// How many languages other than English give `spelling` as their own form of `place`.
int languagesWriting(const WorldNames::Place& place, std::string_view spelling) {
  return static_cast<int>(std::count(place.forms.begin() + 1, place.forms.end(), spelling));
}

/// True for a Russian or Ukrainian relational adjective of a place (Андижанской, Харківська): -ск- and an
/// adjective ending, as the last rows of dictionaries/romanization/case_endings.tsv list them.
bool isPlaceAdjective(std::string_view word) {
  static constexpr std::string_view kEndings[] = {
      "ская", "ской",  "скую",  "ский", "ского", "ском",   "ское",  "ских",  // ru
      "ська", "ської", "ській", "ську", "ський", "ського", "ському"};        // uk
  const std::string lower = lowerCase(word);
  return std::any_of(std::begin(kEndings), std::end(kEndings),
                     [&](std::string_view e) { return lower.size() > e.size() && lower.ends_with(e); });
}

/// `text` in lower-case ASCII letters with marks, spaces and hyphens dropped: Viêt Nam and Vietnam agree.
std::string lettersOnlyKey(std::string_view text) {
  std::string key;
  for (char c : asciiLowerLetters(std::string(text)))
    if (c != ' ' && c != '-') key += c;
  return key;
}

/// The number of letters to insert, delete or change to turn `a` into `b`.
std::size_t letterEdits(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

/// True when `romanized` (a Cyrillic source's place romanized letter for letter) is a respelling of the
/// place's form in English, French, German or Spanish: their nameKeys (which merge what romanizations vary
/// on) differ by at most a quarter of their letters (Dzhidda and Djeddah, Tegeran and Tehran). A town whose
/// Latin forms are another name (GeoNames' Kazakh Oral for Уральск, which English press writes Uralsk) is
/// no respelling: the romanization is that press's own name for it.
bool respellsLatinForm(const std::string& romanized, const WorldNames::Place& place) {
  const std::string key = nameKey(romanized);
  for (std::string_view language : {"en", "fr", "de", "es"}) {
    const std::string form_key = nameKey(WorldNames::formIn(place, WorldNames::languageIndex(language)));
    const std::size_t allowed = std::max<std::size_t>(1, std::max(key.size(), form_key.size()) / 4);
    if (letterEdits(key, form_key) <= allowed) return true;
  }
  return false;
}

using Match = std::optional<std::pair<std::string, std::vector<WorldNames::Reading>>>;

// Combinations of nominative forms tried for one run: three words with four guesses each stay under it.
constexpr std::size_t kMaxDeclensionGuesses = 64;

}  // namespace

std::vector<PlaceSpan> placeSpans(const Document& doc, std::size_t sentence, const WorldNames& names) {
  return spansWhere(
      doc, sentence, names.maxWords(),
      [&](const std::vector<std::string>& words, const std::vector<std::string>& glues) -> Match {
        std::string spelling = joined(words, glues);
        auto readings = names.readings(spelling);
        if (readings.empty()) return std::nullopt;
        return std::make_pair(std::move(spelling), std::move(readings));
      });
}

std::vector<PlaceSpan> declinedPlaceSpans(const Document& doc, std::size_t sentence, const WorldNames& names,
                                          const Romanization& romanization, const std::string& language) {
  return spansWhere(
      doc, sentence, names.maxWords(),
      [&](const std::vector<std::string>& words, const std::vector<std::string>& glues) -> Match {
        std::vector<std::vector<std::string>> forms;
        std::size_t combinations = 1;
        for (const std::string& word : words) {
          forms.push_back(romanization.nominatives(word, language));
          combinations *= forms.back().size();
        }
        combinations = std::min(combinations, kMaxDeclensionGuesses);
        // Counting through the combinations, the first word's forms turning fastest.
        for (std::size_t n = 0; n < combinations; ++n) {
          std::vector<std::string> guess;
          std::size_t rest = n;
          for (const auto& options : forms) {
            guess.push_back(options[rest % options.size()]);
            rest /= options.size();
          }
          std::string spelling = joined(guess, glues);
          auto readings = names.readings(spelling);
          if (!readings.empty()) return std::make_pair(std::move(spelling), std::move(readings));
        }
        return std::nullopt;
      });
}

ForeignPlaceNameFinder::ForeignPlaceNameFinder(const AlignedPair& pair, const DictionarySet& dictionaries,
                                               const CheckSettings& settings)
    : pair_(pair), names_(dictionaries.worldNames()) {
  target_language_ = WorldNames::languageIndex(pair.target.language());
  if (!supported()) return;
  style_ = dictionaries.houseStyle(settings.style, pair.target.lang());
  lexicon_ = dictionaries.hunspell(pair.target.language());
  source_lexicon_ = dictionaries.hunspell(pair.source.language());
  source_language_ = pair.source.language();
  // Russian and Ukrainian decline place names; their nominatives are what the world's names list.
  const bool declined = source_language_ == "ru" || source_language_ == "uk";
  if (declined) romanization_ = &dictionaries.romanization();
  for (std::size_t s = 0; s < pair.source.sentences().size(); ++s) {
    for (const PlaceSpan& span :
         declined ? declinedPlaceSpans(pair.source, s, names_, *romanization_, source_language_)
                  : placeSpans(pair.source, s, names_))
      addSourcePlace(span);
    if (declined) addAdjectivePlaces(s);
  }
}

void ForeignPlaceNameFinder::addAdjectivePlaces(std::size_t sentence) {
  // Russian and Ukrainian news name a town through its region's adjective (в Андижанской области, in the
  // Andijan region): the longest match above reads the region (Андижанская область), and the translation
  // may write the town (Andijan, or letter for letter Andizhan). The adjective's -ск- endings in
  // case_endings.tsv give the town.
  const int source_index = WorldNames::languageIndex(source_language_);
  for (const NameWord& word : nameWords(pair_.source, sentence)) {
    if (!word.capitalised || !isPlaceAdjective(word.text)) continue;
    for (const std::string& guess : romanization_->nominatives(word.text, source_language_)) {
      if (guess == word.text) continue;
      std::vector<WorldNames::Reading> readings;
      for (const WorldNames::Reading& r : names_.readings(guess)) {
        if (r.language == source_index && r.place->kind == WorldNames::Kind::place) readings.push_back(r);
      }
      if (readings.empty()) continue;
      addSourcePlace(PlaceSpan{word.range, guess, std::move(readings)});
      break;
    }
  }
}

void ForeignPlaceNameFinder::addSourcePlace(const PlaceSpan& span) {
  // The source names a place where the spelling is that place's form in the source's own language or in
  // English, the form every press may keep (a French story's N'Djamena, where GeoNames' French is
  // Ndjamena). A third language's form is no evidence that the source meant the place: a Spanish source's
  // río Chili is a river, not the French form of Chile.
  const int own_language = WorldNames::languageIndex(source_language_);
  for (const WorldNames::Reading& reading : span.readings) {
    if (own_language >= 0 && reading.language != own_language && reading.language != 0 &&
        WorldNames::formIn(*reading.place, own_language) != span.spelling)
      continue;
    source_places_.emplace(reading.place, span.range);
  }
  if (romanization_ == nullptr) return;
  // The reading in the source's own language names the place the source means (Джидда is Jeddah in
  // Russian); its romanization is what an engine that copies letters writes.
  const int source_index = WorldNames::languageIndex(source_language_);
  const auto own = std::find_if(span.readings.begin(), span.readings.end(),
                                [&](const WorldNames::Reading& r) { return r.language == source_index; });
  if (own == span.readings.end()) return;
  const std::string romanized = romanization_->romanize(span.spelling, source_language_);
  if (romanized == span.spelling) return;  // not Cyrillic
  romanized_places_.emplace(nameKey(romanized), std::make_pair(*own, span.range));
}

std::optional<ForeignPlaceName> ForeignPlaceNameFinder::judge(const PlaceSpan& span,
                                                              const WorldNames::Reading& reading,
                                                              std::optional<TextRange> source,
                                                              const std::vector<NameWord>& words) const {
  // A spelling that is some place's own form in the target language is not foreign, whatever else it is;
  // unless it is that only through the English fallback (a region that GeoNames never translated, Seoul's
  // province) while the place the source names has a form of its own in the target language (Seúl).
  const std::string_view own_form = reading.place->forms[target_language_];
  const bool source_place_has_own_form = source && target_language_ != 0 && !own_form.empty() &&
                                         own_form != span.spelling &&
                                         !isExplicitFormIn(span, target_language_);
  if (names_.isFormIn(span.spelling, target_language_) && !source_place_has_own_form) return std::nullopt;
  // The leading words of another place's form in the target language (Freiburg of Freiburg im Breisgau) are
  // how the press shortens that place: the spelling names two places, and the target's reading is one.
  if (names_.isShortFormIn(span.spelling, target_language_)) return std::nullopt;
  if (style_ != nullptr &&
      (style_->isPreferred(span.spelling) || style_->replacing(span.spelling) != nullptr))
    return std::nullopt;
  const auto before = std::find_if(words.rbegin(), words.rend(),
                                   [&](const NameWord& w) { return w.range.end <= span.range.begin; });
  const auto after = std::find_if(words.begin(), words.end(),
                                  [&](const NameWord& w) { return w.range.begin >= span.range.end; });
  const std::string_view text = pair_.target.text();
  if (before != words.rend() && text.substr(before->range.end, span.range.begin - before->range.end) == " " &&
      extendsName(*before, lexicon_))
    return std::nullopt;
  if (after != words.end() && text.substr(span.range.end, after->range.begin - span.range.end) == " " &&
      extendsName(*after, lexicon_))
    return std::nullopt;

  ForeignPlaceName name;
  name.range = span.range;
  name.written = span.spelling;
  name.form_language = std::string(WorldNames::languages()[reading.language]);
  name.place_id = reading.place->label();
  // A form no catalogue has, only a house style of its language: say which line made it that language's.
  if (!reading.press_line.empty()) name.place_id += ", as " + std::string(reading.press_line) + " writes it";
  // The catalogue's form as the target's press prints it: letters the language never writes (Vietnamese
  // Cần Thơ in French, Turkish Diyarbakır in English) folded; a written form that is that already is no
  // exonym.
  name.suggestion =
      pressSpelling(WorldNames::formIn(*reading.place, target_language_), pair_.target.language());
  if (name.suggestion == span.spelling) return std::nullopt;
  // Marks count where the target language has its own form of the place and is not English (English drops
  // and keeps them freely), and in English where one other language's press added them to a form English
  // writes bare (Spanish Dubái, Hanói for Dubai, Hanoi). A marked form several languages share is the
  // place's own spelling (Saint-Étienne in French, German and Spanish), which English may keep.
  const bool marks_count = (target_language_ != 0 && !reading.place->forms[target_language_].empty()) ||
                           (target_language_ == 0 && isAscii(WorldNames::formIn(*reading.place, 0)) &&
                            languagesWriting(*reading.place, span.spelling) == 1);
  if (sameNameOtherwise(span.spelling, name.suggestion, marks_count)) return std::nullopt;
  if (style_ != nullptr) {
    if (const StyleEntry* entry = style_->replacing(name.suggestion)) {
      name.suggestion = entry->preferred;
      name.style_name = style_->profile().displayName();
    }
  }
  // A place the target language has no form of is written as in English; an English source that spells it
  // as the target does (Naypyidaw, where GeoNames' English is Nay Pyi Taw) shows English press writing it
  // so, and the catalogue's English form is no better claim on the target's press.
  if (reading.place->forms[target_language_].empty() && name.style_name.empty() && source_language_ == "en" &&
      holdsWord(pair_.source.text(), span.spelling))
    return std::nullopt;
  name.source = source;
  name.strong = source.has_value();
  return name;
}

std::vector<ForeignPlaceName> ForeignPlaceNameFinder::find(std::size_t sentence) const {
  std::vector<ForeignPlaceName> found;
  if (!supported()) return found;
  const std::vector<NameWord> words = nameWords(pair_.target, sentence);
  const std::vector<PlaceSpan> spans = placeSpans(pair_.target, sentence, names_);
  for (const PlaceSpan& span : spans) {
    // The place the source names, when it names one of the readings; else the likeliest reading.
    const WorldNames::Reading* chosen = &span.readings.front();
    std::optional<TextRange> source;
    for (const WorldNames::Reading& reading : span.readings) {
      if (auto it = source_places_.find(reading.place); it != source_places_.end()) {
        chosen = &reading;
        source = it->second;
        break;
      }
    }
    // A form several languages share for that place (Mogadiscio is French and Spanish) is named after the
    // source's language when it is one of them: the translation copied it from there.
    const int source_index = WorldNames::languageIndex(source_language_);
    for (const WorldNames::Reading& reading : span.readings) {
      if (reading.place == chosen->place && reading.language == source_index) chosen = &reading;
    }
    if (!source && isKnownWord(lexicon_, span.spelling)) continue;
    // A region whose name is an ordinary word of the source (GeoNames' Icelandic region East, in a
    // township's Orlando East) is the word copied, not a place the source meant.
    if (chosen->place->kind == WorldNames::Kind::region && isOrdinaryWord(source_lexicon_, span.spelling))
      continue;
    // A country's name the target's dictionary spells as written, where the catalogue's form differs only
    // by marks and word spacing, is the press's everyday name beside the formal one (French Vietnam beside
    // iso-codes' Viêt Nam); a different word (Tchad for Chad, Birmania for Myanmar) is still judged.
    if (chosen->place->kind == WorldNames::Kind::country &&
        lettersOnlyKey(WorldNames::formIn(*chosen->place, target_language_)) ==
            lettersOnlyKey(span.spelling) &&
        isKnownWord(lexicon_, span.spelling))
      continue;
    auto name = judge(span, *chosen, source, words);
    if (!name) continue;
    // The target's dictionary lists the written spelling as a name and not the catalogue's form
    // (Johannesburg, not GeoNames' old French Johannesbourg): the dictionary records what the language's
    // own writing uses, the catalogue only one of its forms. A spelling that is also an ordinary word
    // (Spanish porto) says nothing of the place, and a form the style chose is the desk's.
    if (name->style_name.empty() && isKnownWord(lexicon_, span.spelling) &&
        !isOrdinaryWord(lexicon_, span.spelling) && !isKnownWord(lexicon_, name->suggestion))
      continue;
    found.push_back(std::move(*name));
  }
  if (romanized_places_.empty()) return found;

  // A place of a Cyrillic source written in the target as its letters romanized (Dzhidda for Джидда): no
  // language's form, so only the source says which place it is. The spelling must be no ordinary word of the
  // target (a proper noun its dictionary keeps from old atlases, en_US Andizhan, is still the letters
  // copied), and it must not overlap a form found above.
  const auto romanized = spansWhere(
      pair_.target, sentence, names_.maxWords(),
      [&](const std::vector<std::string>& run, const std::vector<std::string>& glues) -> Match {
        std::string spelling = joined(run, glues);
        const auto it = romanized_places_.find(nameKey(spelling));
        if (it == romanized_places_.end() || isOrdinaryWord(lexicon_, spelling)) return std::nullopt;
        return std::make_pair(std::move(spelling), std::vector<WorldNames::Reading>{it->second.first});
      });
  for (const PlaceSpan& span : romanized) {
    if (std::any_of(spans.begin(), spans.end(),
                    [&](const PlaceSpan& s) { return s.range.overlaps(span.range); }))
      continue;
    const TextRange source = romanized_places_.at(nameKey(span.spelling)).second;
    const WorldNames::Reading& reading = span.readings.front();
    if (reading.place->kind != WorldNames::Kind::country && !respellsLatinForm(span.spelling, *reading.place))
      continue;
    auto name = judge(span, reading, source, words);
    if (!name) continue;
    name->romanized = true;
    found.push_back(std::move(*name));
  }
  std::sort(found.begin(), found.end(), [](const ForeignPlaceName& a, const ForeignPlaceName& b) {
    return a.range.begin < b.range.begin;
  });
  return found;
}

}  // namespace concord::rules
