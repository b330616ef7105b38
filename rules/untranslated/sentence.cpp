#include "rules/untranslated/sentence.h"

#include <algorithm>

#include "rules/evidence/boilerplate.h"
#include "rules/untranslated/copied_sentence.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "untranslated/sentence", "A target sentence identical (or nearly) to its source sentence",
    "Machine translation passes through sentences it fails to recognise — a quotation, a paragraph in a "
    "third language, a line pasted after translation. The published story then carries a sentence in the "
    "source language.",
    Severity::warning};

}  // namespace

const RuleInfo& UntranslatedSentenceRule::info() const { return kInfo; }

void UntranslatedSentenceRule::check(const AlignedPair& pair, RuleContext& context) const {
  if (pair.source.language() == pair.target.language()) return;
  const BoilerplateMatcher boilerplate({pair.source.language(), pair.target.language()}, context.options());
  for (const Link& link : pair.alignment.links()) {
    for (std::size_t t = link.target_begin; t < link.target_end(); ++t) {
      const auto copied = copiedSentence(pair, link, t);
      if (!copied || boilerplate.matches(pair.target.sentenceText(t))) continue;
      Finding finding;
      finding.primary = Side::target;
      finding.target = pair.target.sentences()[t].range;
      finding.source = pair.source.sentences()[copied->source].range;
      // Identical words are their own proof of the alignment, whatever the length model thought of it.
      finding.confidence = copied->distance == 0 ? 1.0 : std::max(link.confidence, 0.8);
      finding.message = copied->distance == 0 ? "the target sentence is the source sentence, untranslated"
                                              : "the target sentence is the source sentence with one word "
                                                "changed: it was left untranslated";
      context.report(std::move(finding));
    }
  }
}

}  // namespace concord::rules
