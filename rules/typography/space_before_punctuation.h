#pragma once

#include "rules/rule.h"

namespace concord::rules {

/// typography/space-before-punctuation: a space before , . ; : ! ? where the target language puts none
/// (English, German, Spanish, Russian …; in French before , and . only). French wants a narrow no-break
/// space before ; : ! ? — a plain space there (the line may break before the mark) or none at all is
/// reported too. A percent sign spaced another language's way ("45 %" in English, "45%" in French, after
/// CLDR's percent pattern) is reported here too, not as a numbers finding: the value is right. Info.
class TypographySpaceBeforePunctuationRule : public Rule {
 public:
  const RuleInfo& info() const override;
  void check(const AlignedPair& pair, RuleContext& context) const override;
};

}  // namespace concord::rules
