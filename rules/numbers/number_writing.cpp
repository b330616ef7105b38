#include "rules/numbers/number_writing.h"

#include <algorithm>
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
  // The words after the multiplier of "two × 10^power": Spanish "dos mil millones" gives "mil millones" (a
  // thousand millions: Spanish has no word for 10^9), English "two billion" gives "billion".
  icu::UnicodeString two_text, scaled_text;
  spellout.format(2.0, two_text);
  spellout.format(2.0 * std::pow(10.0, power), scaled_text);
  const std::vector<std::string> two = spelloutWords(toUtf8(two_text));
  const std::vector<std::string> scaled = spelloutWords(toUtf8(scaled_text));
  if (scaled.size() <= two.size() || !std::equal(two.begin(), two.end(), scaled.begin()))
    return std::nullopt;  // German "zweitausend": no word of its own
  std::vector<std::string> words(scaled.begin() + static_cast<std::ptrdiff_t>(two.size()), scaled.end());
  if (one) {
    // The singular: "un millón" less its article, or "mil millones" whole (no word for one before it).
    icu::UnicodeString one_text;
    spellout.format(std::pow(10.0, power), one_text);
    const std::vector<std::string> singular = spelloutWords(toUtf8(one_text));
    if (singular.size() == words.size() + 1)
      words.assign(singular.begin() + 1, singular.end());
    else if (singular.size() == words.size())
      words = singular;
  }
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : " ") + word;
  return joined;
}

}  // namespace concord::rules
