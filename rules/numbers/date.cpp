#include "rules/numbers/date.h"

#include <set>

#include "rules/evidence/term_match.h"
#include "rules/numbers/calendar_words.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "numbers/date", "A weekday or month that changed in the translation",
    "Machine translation swaps days and months it should copy: the strike was on Tuesday, the story says "
    "Thursday. Readers and other desks take dates from the copy.",
    Severity::warning};

// Reports the target mentions whose weekday or month the source sentence does not name, when the source names
// some: a source naming none may have left the date to the headline or dateline.
void reportChanged(const AlignedPair& pair, const Link& link, const std::vector<CalendarMention>& source,
                   const std::vector<CalendarMention>& target, const CalendarWords& target_words,
                   bool weekday, RuleContext& context) {
  if (source.empty() || target.empty()) return;
  std::set<int> named;
  for (const CalendarMention& m : source) named.insert(m.index);
  for (const CalendarMention& t : target) {
    if (named.count(t.index)) continue;
    Finding finding;
    finding.primary = Side::target;
    finding.target = t.range;
    // The source mention meant: the one with the same day number (12 juillet for June 12), else the first.
    const CalendarMention* meant_mention = &source.front();
    for (const CalendarMention& m : source)
      if (!t.number.empty() && m.number == t.number) meant_mention = &m;
    finding.source = meant_mention->range;
    finding.confidence = link.confidence;
    const std::string said = std::string(pair.source.textOf(meant_mention->range));
    const std::string& meant = weekday ? target_words.weekdayName(meant_mention->index)
                                       : target_words.monthName(meant_mention->index);
    // The target language's own name (English Tuesday, French mardi), when it is clear which one is meant.
    if (named.size() == 1 || (!t.number.empty() && meant_mention->number == t.number))
      finding.suggestion = t.abbreviated ? target_words.monthAbbreviation(meant_mention->index) : meant;
    finding.message = "the source says “" + said + "” (" + meant + ") where the translation says “" +
                      std::string(pair.target.textOf(t.range)) + "”";
    context.report(std::move(finding));
  }
}

}  // namespace

const RuleInfo& NumbersDateRule::info() const { return kInfo; }

void NumbersDateRule::check(const AlignedPair& pair, RuleContext& context) const {
  const CalendarWords& source_words = CalendarWords::forLanguage(pair.source.language());
  const CalendarWords& target_words = CalendarWords::forLanguage(pair.target.language());
  for (const Link& link : pair.alignment.links()) {
    if (link.source_count == 0 || link.target_count == 0) continue;
    const std::vector<Word> source = wordsOf(pair.source, link.source_begin, link.source_count);
    const std::vector<CalendarMention> source_days = source_words.weekdays(source);
    const std::vector<CalendarMention> source_months = source_words.months(source);
    if (source_days.empty() && source_months.empty()) continue;  // most sentences name neither
    const std::vector<Word> target = wordsOf(pair.target, link.target_begin, link.target_count);
    reportChanged(pair, link, source_days, target_words.weekdays(target), target_words, true, context);
    reportChanged(pair, link, source_months, target_words.months(target), target_words, false, context);
  }
}

}  // namespace concord::rules
