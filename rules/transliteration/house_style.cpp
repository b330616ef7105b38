#include "rules/transliteration/house_style.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "checker/model/data_dir.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "dictionaries/name_key.h"
#include "rules/evidence/name_words.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "transliteration/house-style", "A name spelled differently from the house style (Kiev for Kyiv in AP)",
    "Wire copy translated from French, German or Spanish keeps that press's spellings of Ukrainian and "
    "Russian names (Kiev, Odessa, Zelenski). Each outlet fixes one spelling in its stylebook; the profile in "
    "dictionaries/styles/ lists it with the spellings it replaces.",
    Severity::warning};

bool allCaps(std::string_view text) {
  icu::UnicodeString value =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString upper = value;
  upper.toUpper(icu::Locale::getRoot());
  icu::UnicodeString lower = value;
  lower.toLower(icu::Locale::getRoot());
  return value == upper && value != lower && value.length() > 1;
}

// "dictionaries/styles/ap.tsv" rather than the absolute path of the installed data.
std::string dataRelative(const std::string& path) {
  const std::string& dir = dataDir();
  if (path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 && path[dir.size()] == '/')
    return path.substr(dir.size() + 1);
  return path;
}

}  // namespace

const RuleInfo& TransliterationHouseStyleRule::info() const { return kInfo; }

void TransliterationHouseStyleRule::check(const AlignedPair& pair, RuleContext& context) const {
  const HouseStyle* style = context.dictionaries().houseStyle(context.settings().style, pair.target.lang());
  if (style == nullptr) return;
  const Document& target = pair.target;
  for (std::size_t s = 0; s < target.sentences().size(); ++s) {
    context.deadline().check();
    const std::vector<StyleMatch> matches = findStyleVariants(*style, target, s);
    if (matches.empty()) continue;
    const auto source_range = pair.sourceRangeOfTarget(s);
    const std::vector<NameWord> source_words =
        source_range ? capitalisedWordsIn(pair.source, *source_range) : std::vector<NameWord>{};
    for (const StyleMatch& m : matches) {
      const std::string written(target.textOf(m.range));
      const std::string preferred =
          allCaps(written) ? upperCase(m.form->entry->preferred) : m.form->entry->preferred;
      Finding finding;
      finding.primary = Side::target;
      finding.target = m.range;
      finding.source = source_range;
      // Point at the source's spelling of the same name when the aligned sentence has one.
      const std::string key = nameKey(written);
      for (const NameWord& w : source_words) {
        if (nameKey(w.text) == key || nameKey(w.text) == nameKey(m.form->entry->preferred)) {
          finding.source = w.range;
          break;
        }
      }
      finding.message = "\u201C" + written + "\u201D is written \u201C" + preferred + "\u201D in " +
                        style->profile().displayName() + " style";
      if (!m.form->entry->note.empty()) {
        finding.notes.push_back({Side::target, m.range,
                                 m.form->entry->note + " (" + dataRelative(m.form->entry->file) + ":" +
                                     std::to_string(m.form->entry->line) + ")"});
      }
      finding.suggestion = preferred;
      finding.confidence = 1.0;  // a listed spelling: no inference, the alignment does not matter
      context.report(std::move(finding));
    }
  }
}

}  // namespace concord::rules
