#include "rules/numbers/kept_format.h"

#include "rules/numbers/link_ranges.h"
#include "rules/numbers/number_extractor.h"
#include "rules/numbers/number_writing.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "numbers/kept-format", "A figure written with the source language's separators in the translation",
    "“1.200” means 1,200 in German and 1.2 in English; “3,5” is not a number an English reader can parse. "
    "Machine translation often copies figures untouched, so the number silently changes for the reader.",
    Severity::warning};

}  // namespace

const RuleInfo& NumbersKeptFormatRule::info() const { return kInfo; }

void NumbersKeptFormatRule::check(const AlignedPair& pair, RuleContext& context) const {
  const NumberExtractor source_numbers(pair.source.lang(), context.dictionaries());
  const NumberExtractor target_numbers(pair.target.lang(), context.dictionaries());
  const std::string& source_text = pair.source.text();
  const std::string& target_text = pair.target.text();
  const std::string& lang = pair.target.lang();

  for (const Link& link : pair.alignment.links()) {
    const auto target_range = targetRangeOfLink(pair, link);
    if (!target_range) continue;
    const auto source_range = sourceRangeOfLink(pair, link);
    std::vector<NumberMention> source;
    if (source_range) source = source_numbers.extract(source_text, *source_range);
    for (const NumberMention& t : target_numbers.extract(target_text, *target_range)) {
      if (t.clock) continue;  // a time of day has its own marks (23:11, 23.11 Uhr)
      if (t.spelled || t.ordinal) continue;
      const std::string figure(t.figure.in(target_text));
      const bool has_marks = figure.find_first_not_of("0123456789") != std::string::npos;
      // The source figure this one copies: the same digits, and marks in it.
      const NumberMention* copied = nullptr;
      // A source time of day copied with its digits ("a las 3.15" → "to the 3.15") is the time as it was,
      // not a figure in the source's format: numbers/mismatch compares it as a time.
      bool copies_time = false;
      for (const NumberMention& s : source) {
        if (s.spelled || !sameFigureText(s.figure.in(source_text), figure)) continue;
        if (s.clock)
          copies_time = true;
        else
          copied = &s;
      }
      if (copies_time && !copied) continue;
      std::optional<double> meant;  // the number the source means, when the target reads it otherwise
      Severity severity = Severity::warning;
      if (copied && has_marks && (!t.well_formed || !sameNumber(copied->figure_value, t.figure_value))) {
        meant = copied->figure_value;
      } else if (!t.well_formed && has_marks) {
        meant = t.figure_value;  // read with another locale's conventions; no source to confirm it
        severity = Severity::info;
      }
      if (meant) {
        const bool percent = t.percent && t.range.end > t.figure.end && target_text[t.range.end - 1] == '%';
        // The mention up to a percent sign; a scale word after the figure stays as it is.
        const TextRange range = percent ? t.range : t.figure;
        Finding finding;
        finding.primary = Side::target;
        finding.target = range;
        finding.source = copied ? std::optional<TextRange>(copied->figure) : source_range;
        finding.confidence = copied ? link.confidence : 0.5;
        finding.severity = severity;
        // With the decimals the source printed: "1.032,50" pesos → "1,032.50", not "1,032.5".
        const int decimals = copied ? fractionDigits(copied->figure.in(source_text), pair.source.lang()) : 0;
        finding.suggestion = localeFigure(lang, *meant, percent, true, decimals);
        finding.message = "“" + std::string(range.in(target_text)) + "” keeps " +
                          (copied ? "the source's number format" : "another language's number format") +
                          "; " + pair.target.language() + " writes " + *finding.suggestion;
        context.report(std::move(finding));
      }
    }
  }
}

}  // namespace concord::rules
