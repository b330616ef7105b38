#include "rules/evidence/foreign_place_names.h"

#include <algorithm>

#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "dictionaries/name_key.h"
#include "rules/evidence/name_words.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

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

}  // namespace

std::vector<PlaceSpan> placeSpans(const Document& doc, std::size_t sentence, const WorldNames& names) {
  std::vector<NameWord> words = nameWords(doc, sentence);
  // d'Alep, l'Irak: the place name starts after the elided article.
  for (NameWord& word : words) {
    const TextRange bare = withoutElision(doc.text(), word.range);
    if (bare == word.range) continue;
    word.range = bare;
    word.text = std::string(doc.textOf(bare));
    word.capitalised = isUpper(codePointAt(word.text, 0));
  }
  const std::string& text = doc.text();
  std::vector<PlaceSpan> spans;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!words[i].capitalised) continue;
    // Grow the run as far as a form can reach, then try the longest first.
    std::vector<std::string> spellings{words[i].text};
    for (std::size_t j = i + 1; j < words.size() && spellings.size() < names.maxWords(); ++j) {
      const auto glue = joiner(std::string_view(text).substr(words[j - 1].range.end,
                                                             words[j].range.begin - words[j - 1].range.end));
      if (!glue) break;
      spellings.push_back(spellings.back() + *glue + words[j].text);
    }
    for (std::size_t n = spellings.size(); n-- > 0;) {
      auto readings = names.readings(spellings[n]);
      if (readings.empty()) continue;
      spans.push_back(
          {TextRange{words[i].range.begin, words[i + n].range.end}, spellings[n], std::move(readings)});
      i += n;
      break;
    }
  }
  return spans;
}

ForeignPlaceNameFinder::ForeignPlaceNameFinder(const AlignedPair& pair, const DictionarySet& dictionaries,
                                               const CheckSettings& settings)
    : pair_(pair), names_(dictionaries.worldNames()) {
  target_language_ = WorldNames::languageIndex(pair.target.language());
  if (!supported()) return;
  style_ = dictionaries.houseStyle(settings.style, pair.target.lang());
  lexicon_ = dictionaries.hunspell(pair.target.language());
  for (std::size_t s = 0; s < pair.source.sentences().size(); ++s) {
    for (const PlaceSpan& span : placeSpans(pair.source, s, names_)) {
      for (const WorldNames::Reading& reading : span.readings)
        source_places_.emplace(reading.place, span.range);
    }
  }
}

std::vector<ForeignPlaceName> ForeignPlaceNameFinder::find(std::size_t sentence) const {
  std::vector<ForeignPlaceName> found;
  if (!supported()) return found;
  const std::vector<NameWord> words = nameWords(pair_.target, sentence);
  for (const PlaceSpan& span : placeSpans(pair_.target, sentence, names_)) {
    // A spelling that is some place's own form in the target language is not foreign, whatever else it is.
    if (names_.isFormIn(span.spelling, target_language_)) continue;
    if (style_ != nullptr &&
        (style_->isPreferred(span.spelling) || style_->replacing(span.spelling) != nullptr))
      continue;
    const auto before = std::find_if(words.rbegin(), words.rend(),
                                     [&](const NameWord& w) { return w.range.end <= span.range.begin; });
    const auto after = std::find_if(words.begin(), words.end(),
                                    [&](const NameWord& w) { return w.range.begin >= span.range.end; });
    const std::string_view text = pair_.target.text();
    if (before != words.rend() &&
        text.substr(before->range.end, span.range.begin - before->range.end) == " " &&
        extendsName(*before, lexicon_))
      continue;
    if (after != words.end() && text.substr(span.range.end, after->range.begin - span.range.end) == " " &&
        extendsName(*after, lexicon_))
      continue;

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
    const bool known = isKnownWord(lexicon_, span.spelling);
    if (!source && known) continue;

    ForeignPlaceName name;
    name.range = span.range;
    name.written = span.spelling;
    name.form_language = std::string(WorldNames::languages()[chosen->language]);
    name.place_id = chosen->place->label();
    name.suggestion = std::string(WorldNames::formIn(*chosen->place, target_language_));
    // Marks count only where the target language has its own form of the place, and is not English.
    const bool marks_count = target_language_ != 0 && !chosen->place->forms[target_language_].empty();
    if (sameNameOtherwise(span.spelling, name.suggestion, marks_count)) continue;
    if (style_ != nullptr) {
      if (const StyleEntry* entry = style_->replacing(name.suggestion)) {
        name.suggestion = entry->preferred;
        name.style_name = style_->profile().displayName();
      }
    }
    name.source = source;
    name.strong = source.has_value();
    found.push_back(std::move(name));
  }
  return found;
}

}  // namespace concord::rules
