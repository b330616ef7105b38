#include "rules/numbers/number_writing.h"

#include <cmath>
#include <memory>

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/rbnf.h>

#include "checker/model/unicode_text.h"
#include "rules/numbers/number_extractor.h"

namespace concord::rules {

int fractionDigits(std::string_view figure, const std::string& lang) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::DecimalFormatSymbols symbols(icu::Locale(lang.c_str()), status);
  if (U_FAILURE(status)) return 0;
  std::string decimal;
  symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol).toUTF8String(decimal);
  const std::size_t mark = figure.rfind(decimal);
  if (decimal.empty() || mark == std::string_view::npos) return 0;
  int digits = 0;
  for (std::size_t i = mark + decimal.size(); i < figure.size() && isDigit(static_cast<char32_t>(figure[i]));
       ++i)
    ++digits;
  return digits;
}

std::optional<std::string> scaleWordFor(const std::string& lang, int power, double figure) {
  const icu::Locale locale(lang.c_str());
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> plural(icu::PluralRules::forLocale(locale, status));
  if (U_FAILURE(status)) return std::nullopt;
  // "one" takes the form of one (1 × 10^power), every other category the form of two.
  const bool one = plural->select(figure) == icu::UnicodeString(u"one");
  icu::RuleBasedNumberFormat spellout(icu::URBNF_SPELLOUT, locale, status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString out;
  spellout.format((one ? 1.0 : 2.0) * std::pow(10.0, power), out);
  const std::vector<std::string> words = spelloutWords(toUtf8(out));
  if (words.size() < 2) return std::nullopt;  // German "zweitausend": no word of its own
  return words.back();
}

}  // namespace concord::rules
