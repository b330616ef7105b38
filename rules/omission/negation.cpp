#include "rules/omission/negation.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "dictionaries/dictionary_set.h"
#include "rules/omission/negation_words.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "omission/negation", "A source sentence that negates, translated without any negation",
    "Machine translation sometimes loses a “not”: “Moscow did not confirm the strike” comes out as “Moscow "
    "confirmed the strike”. The sentence reads fine and says the opposite.",
    Severity::warning};

// Below this aligner confidence, or with a translation of fewer words than this, the two sides may not
// translate each other (a misaligned caption, a fragment): info only.
constexpr double kSureLink = 0.8;
constexpr std::size_t kMinTargetWords = 4;

// The source negation the translation lost, if any: the first one when the translation negates nothing;
// the verb's when the source negates a verb and the translation keeps only fewer noun negations ("не
// дозволимо … без світла" → "will allow … without electricity"). One negation for another of the other kind
// is a translator's choice ("n'ont pas d'électricité" → "are without electricity").
std::optional<TextRange> lostNegation(const std::vector<Negation>& source,
                                      const std::vector<Negation>& target) {
  if (target.empty()) return source.front().range;
  const auto verbal = [](const Negation& n) { return !n.privative; };
  const auto source_verb = std::find_if(source.begin(), source.end(), verbal);
  if (source_verb == source.end() || std::any_of(target.begin(), target.end(), verbal) ||
      target.size() >= source.size())
    return std::nullopt;
  return source_verb->range;
}

// Where `range` lies in sentences [first, first + count) of `doc`: 0 at their start, 1 at their end.
double relativePlace(const Document& doc, std::size_t first, std::size_t count, TextRange range) {
  const double begin = static_cast<double>(doc.sentences()[first].range.begin);
  const double end = static_cast<double>(doc.sentences()[first + count - 1].range.end);
  return end > begin ? (static_cast<double>(range.begin) - begin) / (end - begin) : 0.5;
}

// Takes out of `source` the negations that the target's bounds render: a bound that keeps its negator ("no
// later than November 25") translates a source negation ("не позднее 25 ноября") even when the source's
// bound is not listed as one. Each bound takes the verb negation at the nearest place in the sentence, so a
// verb's negation lost elsewhere in it still shows.
void removeRenderedByBounds(std::vector<Negation>& source, const AlignedPair& pair, const Link& link,
                            const NegationWords& target_words) {
  for (const TextRange& bound :
       negatorsInBounds(pair.target, link.target_begin, link.target_count, target_words)) {
    const double place = relativePlace(pair.target, link.target_begin, link.target_count, bound);
    auto nearest = source.end();
    double best = 2;
    for (auto n = source.begin(); n != source.end(); ++n) {
      if (n->privative) continue;
      const double distance =
          std::abs(relativePlace(pair.source, link.source_begin, link.source_count, n->range) - place);
      if (distance < best) {
        best = distance;
        nearest = n;
      }
    }
    if (nearest != source.end()) source.erase(nearest);
  }
}

}  // namespace

const RuleInfo& OmissionNegationRule::info() const { return kInfo; }

void OmissionNegationRule::check(const AlignedPair& pair, RuleContext& context) const {
  const NegationWords& source_words = context.dictionaries().negationWords(pair.source.language());
  const NegationWords& target_words = context.dictionaries().negationWords(pair.target.language());
  // Without both lists the rule cannot tell a lost negation from a language it does not know.
  if (source_words.empty() || target_words.empty()) return;
  const HunspellLexicon* spelling = context.dictionaries().hunspell(pair.target.lang());
  for (const Link& link : pair.alignment.links()) {
    if (link.source_count == 0 || link.target_count == 0) continue;
    auto source = negationsIn(pair.source, link.source_begin, link.source_count, source_words);
    removeRenderedByBounds(source, pair, link, target_words);
    if (source.empty()) continue;
    const auto target = negationsIn(pair.target, link.target_begin, link.target_count, target_words);
    const std::optional<TextRange> lost = lostNegation(source, target);
    if (!lost) continue;
    if (hasLexicalNegation(pair.target, link.target_begin, link.target_count, target_words, spelling))
      continue;
    Finding finding;
    finding.primary = Side::source;
    finding.source = *lost;
    finding.target = TextRange{pair.target.sentences()[link.target_begin].range.begin,
                               pair.target.sentences()[link.target_end() - 1].range.end};
    finding.confidence = link.confidence;
    std::size_t target_words_count = 0;
    for (std::size_t t = link.target_begin; t < link.target_end(); ++t)
      target_words_count += pair.target.sentences()[t].tokens.size();
    if (link.confidence < kSureLink || target_words_count < kMinTargetWords)
      finding.severity = Severity::info;
    const std::string kept =
        target.empty() ? "has no negation"
                       : "keeps only “" + std::string(pair.target.textOf(target.front().range)) + "”";
    finding.message = "the source negates (“" + std::string(pair.source.textOf(*lost)) +
                      "”) and its translation " + kept + ": it may say the opposite";
    finding.notes.push_back({Side::target, *finding.target, "the translation, " + kept});
    context.report(std::move(finding));
  }
}

}  // namespace concord::rules
