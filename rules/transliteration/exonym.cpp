#include "rules/transliteration/exonym.h"

#include "checker/reading/language.h"
#include "dictionaries/dictionary_set.h"
#include "rules/evidence/foreign_place_names.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "transliteration/exonym",
    "A place written in another language's form (Alep, Mossul, Pekín in English; Algiers in German)",
    "Machine translation leaves place names as the source language writes them, or as an engine trained on "
    "another language learned them: French Alep and Mossoul, German Mossul and Taschkent, Spanish Ulán Bator "
    "and Yakarta, the English Algiers in German copy. Each language's press has its own form. GeoNames and "
    "iso-codes (Debian's libgeonames-common and iso-codes) say which spellings are one place in which "
    "language; the house style says which form the desk prints.",
    Severity::warning};

std::string quoted(const std::string& text) { return "\u201C" + text + "\u201D"; }

}  // namespace

const RuleInfo& TransliterationExonymRule::info() const { return kInfo; }

void TransliterationExonymRule::check(const AlignedPair& pair, RuleContext& context) const {
  const ForeignPlaceNameFinder finder(pair, context.dictionaries(), context.settings());
  if (!finder.supported()) return;
  const std::string target_language = languageName(pair.target.language());
  for (std::size_t s = 0; s < pair.target.sentences().size(); ++s) {
    for (ForeignPlaceName& name : finder.find(s)) {
      Finding finding;
      finding.primary = Side::target;
      finding.target = name.range;
      finding.source = name.source;
      // Where the judgement comes from: the place's id in the data, and the style that chose the form.
      std::string origin = name.place_id;
      if (!name.style_name.empty()) origin += "; " + name.style_name;
      finding.message = quoted(name.written) + " is the " + languageName(name.form_language) + " name" +
                        (name.romanized ? ", romanized letter for letter" : "") + "; " + target_language +
                        " copy writes " + quoted(name.suggestion) + " (" + origin + ")";
      if (name.source)
        finding.notes.push_back({Side::source, *name.source, "the source names the place here"});
      finding.suggestion = std::move(name.suggestion);
      finding.confidence = name.strong ? 0.95 : 0.6;
      if (!name.strong) finding.severity = Severity::info;
      context.report(std::move(finding));
    }
  }
}

}  // namespace concord::rules
