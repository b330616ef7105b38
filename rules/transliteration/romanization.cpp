#include "rules/transliteration/romanization.h"

#include "rules/evidence/name_drift.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "transliteration/romanization",
    "A name romanized by another language's convention (Rousakov for Rusakov, Oleksandre, Nawaz Charif, "
    "Chomeini, Jomeini)",
    "Machine translation copies names as the source press romanized them: French ou, tch, ch and a final -e, "
    "German w and sch, Spanish j. English press follows the Ukrainian national system (KMU 2010) for "
    "Ukrainian names and BGN/PCGN for Russian ones. The rule infers the drift from the letters, the aligned "
    "source name (transliterated when it is Cyrillic) and the gazetteer, so it also catches names in no "
    "list. For Arabic, Persian, Turkic, Mongolian or Chinese names it undoes the source's convention "
    "(dictionaries/romanization/name_conventions.tsv) and reports the name when the result is a form the "
    "target knows (house style, gazetteer, GeoNames, the article's other words, Hunspell), never the source "
    "language's own names.",
    Severity::warning};

}  // namespace

const RuleInfo& TransliterationRomanizationRule::info() const { return kInfo; }

void TransliterationRomanizationRule::check(const AlignedPair& pair, RuleContext& context) const {
  const NameDriftFinder finder(pair, context.dictionaries(), context.settings());
  if (!finder.supported()) return;
  for (std::size_t s = 0; s < pair.target.sentences().size(); ++s) {
    context.deadline().check();
    for (NameDrift& drift : finder.find(s)) {
      Finding finding;
      finding.primary = Side::target;
      finding.target = drift.range;
      finding.source = drift.source ? drift.source : pair.sourceRangeOfTarget(s);
      finding.message = std::move(drift.message);
      finding.suggestion = std::move(drift.suggestion);
      // Evidence from the aligned source is only as good as the alignment.
      finding.confidence = drift.source ? pair.alignment.linkOfTarget(s).confidence : 0.9;
      if (!drift.strong) finding.severity = Severity::info;
      context.report(std::move(finding));
    }
  }
}

}  // namespace concord::rules
