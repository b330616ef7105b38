#include "rules/evidence/source_convention.h"

#include <algorithm>

#include "checker/model/unicode_text.h"
#include "checker/reading/language.h"
#include "dictionaries/data_lines.h"
#include "dictionaries/dictionary_set.h"
#include "rules/evidence/foreign_place_names.h"

namespace concord::rules {
namespace {

// A name this short collides with other names too easily for a dictionary alone to say which one is meant
// (German Jong undone is Yong, a name of its own; Kim Jong Un is written so in every language).
constexpr std::size_t kShortestDictionaryName = 5;

constexpr std::string_view kArticleSpelling = "the article's own spelling";

/// True when `undoing`'s candidate still holds the letters of a group it undid elsewhere in the word (groups
/// that apply anywhere in a word; an initial or final one applies once).
bool keepsAnUndoneGroup(const NameUndoing& undoing) {
  const std::string lower = lowerCase(undoing.candidate);
  return std::any_of(undoing.rules.begin(), undoing.rules.end(), [&](const NameConventionRule* rule) {
    return rule->where == "any" && lower.find(rule->written) != std::string::npos;
  });
}

}  // namespace

SourceConventionJudge::SourceConventionJudge(const AlignedPair& pair, const DictionarySet& dictionaries,
                                             const HouseStyle* style)
    : conventions_(dictionaries.nameConventions()),
      world_names_(dictionaries.worldNames()),
      gazetteer_(dictionaries.gazetteer()),
      style_(style),
      source_language_(pair.source.language()),
      target_language_(pair.target.language()) {
  target_lexicon_ = dictionaries.hunspell(target_language_);
  if (target_language_ != "en") english_style_ = dictionaries.houseStyle("", "en");
  source_lexicon_ = dictionaries.hunspell(source_language_);
  target_index_ = WorldNames::languageIndex(target_language_);
  for (std::size_t s = 0; s < pair.target.sentences().size(); ++s) {
    for (const NameWord& w : nameWords(pair.target, s)) {
      if (w.capitalised) article_words_.insert(w.text);
    }
    if (!world_names_.empty()) {
      for (const PlaceSpan& span : placeSpans(pair.target, s, world_names_))
        place_ranges_.push_back(span.range);
    }
  }
}

bool SourceConventionJudge::cyrillicSource() const {
  return source_language_ == "ru" || source_language_ == "uk" || source_language_ == "be";
}

bool SourceConventionJudge::sourceKnows(const std::string& word) const {
  if (isKnownWord(source_lexicon_, word)) return true;
  const std::vector<std::string> parts = splitFields(word, '-');
  return parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
           return part.empty() || isKnownWord(source_lexicon_, part);
         });
}

std::string SourceConventionJudge::knownBy(const std::string& candidate, bool dictionary,
                                           bool place_names) const {
  if (style_ != nullptr) {
    if (style_->isPreferred(candidate)) return style_->profile().name + " house style";
    for (const HouseStyle::Form* form : style_->formsStartingWith(candidate)) {
      if (!form->variant && form->text.compare(0, candidate.size(), candidate) == 0)
        return style_->profile().name + " house style (" + form->text + ")";
    }
  }
  if (target_language_ == "en" && gazetteer_.isEnglishForm(candidate)) return "gazetteer";
  // A place a Russian or Ukrainian source names is transliteration/exonym's: it reads the Cyrillic place
  // and its romanization (Худжанд, Khudzhand) and would report the same word a second time.
  const bool cyrillic_source =
      source_language_ == "ru" || source_language_ == "uk" || source_language_ == "be";
  if (place_names && target_index_ >= 0 && !cyrillic_source &&
      world_names_.isFormIn(candidate, target_index_))
    return "GeoNames/iso-codes";
  if (article_words_.count(candidate) != 0) return std::string(kArticleSpelling);
  // German capitalises every noun: a word its Hunspell knows capitalised is as likely a noun as a name.
  if (dictionary && !capitalisesNouns(target_language_) && isKnownWord(target_lexicon_, candidate) &&
      !isOrdinaryWord(target_lexicon_, candidate))
    return languageName(target_language_) + " Hunspell";
  return {};
}

std::string SourceConventionJudge::knownToEnglishPress(const NameUndoing& undoing) const {
  if (english_style_ == nullptr || !undoing.marksOnly()) return {};
  // Every mark undone must be one a row of name_conventions.tsv says this target never writes on a foreign
  // name (a row for this target language alone, not for *): Spanish ï, not Spanish í.
  const auto& rows = conventions_.rules();
  const bool foreign_marks = std::all_of(undoing.rules.begin(), undoing.rules.end(), [&](const auto* used) {
    return std::any_of(rows.begin(), rows.end(), [&](const NameConventionRule& row) {
      return row.target == target_language_ && row.mark_only && row.written == used->written;
    });
  });
  if (!foreign_marks) return {};
  // Only a word the English style prints alone (its line for Goita), not the first word of a longer name:
  // another language's press may write the rest of that name its own way (EFE Haitham bin Tarik, AP Haitham
  // bin Tariq), so the English full name says nothing about this word in that language's copy.
  if (english_style_->isPreferred(undoing.candidate))
    return english_style_->profile().name + " house style (English)";
  return {};
}

std::optional<ConventionEvidence> SourceConventionJudge::judge(const NameWord& word,
                                                               std::size_t run_length) const {
  // A capital that only opens a sentence says nothing about a name.
  if (!word.capitalised || (word.sentence_initial && run_length < 2)) return std::nullopt;
  if (codePointCount(word.text) < 3 || isKnownWord(target_lexicon_, word.text)) return std::nullopt;
  // A place name of any language, alone or in a longer name (Ulán Bator): transliteration/exonym's.
  if (std::any_of(place_ranges_.begin(), place_ranges_.end(),
                  [&](const TextRange& r) { return r.overlaps(word.range); }))
    return std::nullopt;
  const std::vector<NameUndoing> undoings = conventions_.undo(word.text, source_language_, target_language_);
  if (undoings.empty()) return std::nullopt;
  // The source language's own names keep their spelling (Noël, Müller, Sánchez): a word it knows is judged
  // on letters only, and only on evidence stronger than a dictionary. A mark alone is weak too (Gérald is
  // not Gerald's drift): the dictionary does not count for it either.
  const bool native = sourceKnows(word.text);
  const bool short_name = codePointCount(word.text) < kShortestDictionaryName;
  // A Russian or Ukrainian source's own names are romanized as its letters say (Жанна, Zhanna): a dictionary
  // that knows some other name (Janna) is no evidence against them; the article, style or gazetteer must be.
  const bool dictionary_counts = !native && !short_name && !cyrillicSource();
  // Nor are the world's place names evidence against the source's own names: among tens of thousands of
  // places one is always a letter off a French or German given name (Martine and Martin, Marie and Mari).

  for (const NameUndoing& u : undoings) {
    if (native && u.marksOnly()) continue;
    std::string known = knownBy(u.candidate, dictionary_counts && !u.marksOnly(), !native);
    if (known.empty()) known = knownToEnglishPress(u);
    if (known.empty()) continue;
    // The article's other spelling is evidence only when it undoes the convention throughout the word: one
    // that keeps a group it undid elsewhere (Doumbuya beside Doumbouya keeps an ou) is a slip of the name,
    // not its English form.
    if (known == kArticleSpelling && keepsAnUndoneGroup(u)) continue;
    return ConventionEvidence{u.candidate, u.rules, known};
  }
  return std::nullopt;
}

}  // namespace concord::rules
