#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// terminology/glossary: for each entry of dictionaries/glossaries/<source>-<target>.tsv whose source term
/// occurs in a source sentence (case-, accent- and inflection-tolerant), the aligned target sentence must
/// contain the required rendering. Otherwise the finding marks the wrong rendering — a listed one, or the
/// stretch of target words that renders the required term's words in another order ("Legion Freedom for
/// Russia" for "Freedom of Russia Legion") — with the required term as the suggestion; when neither is
/// found, the whole target sentence at info (the target may paraphrase), with the required term in the
/// message only. The required term's initials (EU for European Union) count as the required term.
class TerminologyGlossaryRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
