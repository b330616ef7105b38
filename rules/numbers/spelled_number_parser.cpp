#include "rules/numbers/spelled_number_parser.h"

#include <map>

#include <unicode/fmtable.h>
#include <unicode/parsepos.h>

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {
// Enough for every distinct run of number words in a few hundred articles; about 100 bytes an entry.
constexpr std::size_t kMaxRemembered = 20000;
}  // namespace

SpelledNumberParser::SpelledNumberParser(std::unique_ptr<icu::RuleBasedNumberFormat> strict,
                                         std::unique_ptr<icu::RuleBasedNumberFormat> lenient)
    : strict_(std::move(strict)), lenient_(std::move(lenient)) {}

SpelledNumberParser* SpelledNumberParser::forThisThread(const std::string& lang) {
  thread_local std::map<std::string, std::unique_ptr<SpelledNumberParser>> parsers;
  const auto known = parsers.find(lang);
  if (known != parsers.end()) return known->second.get();
  UErrorCode status = U_ZERO_ERROR;
  auto strict =
      std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(lang.c_str()), status);
  auto lenient =
      std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(lang.c_str()), status);
  std::unique_ptr<SpelledNumberParser> parser;
  if (U_SUCCESS(status)) {
    lenient->setLenient(true);
    parser.reset(new SpelledNumberParser(std::move(strict), std::move(lenient)));
  }
  return parsers.emplace(lang, std::move(parser)).first->second.get();
}

std::optional<double> SpelledNumberParser::parse(const std::string& folded) {
  const auto known = remembered_.find(folded);
  if (known != remembered_.end()) return known->second;
  if (remembered_.size() >= kMaxRemembered) remembered_.clear();
  std::optional<double> value = parseWithIcu(folded);
  if (!value) value = beforeScaleForm(folded);
  remembered_.emplace(folded, value);
  return value;
}

std::optional<double> SpelledNumberParser::parseWithIcu(const std::string& folded) const {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(folded);
  // Strict parsing reads "twenty one" as 2001 (twenty, then a year-like "one"): words separated by spaces
  // go to the lenient parser only; single and hyphenated words are safe and faster strict.
  const bool spaced = folded.find(' ') != std::string::npos;
  for (const icu::RuleBasedNumberFormat* rbnf : {spaced ? lenient_.get() : strict_.get(), lenient_.get()}) {
    icu::Formattable result;
    icu::ParsePosition position(0);
    rbnf->parse(text, result, position);
    if (position.getIndex() != text.length()) continue;
    UErrorCode status = U_ZERO_ERROR;
    const double value = result.getDouble(status);
    if (U_SUCCESS(status)) return value;
  }
  return std::nullopt;
}

std::optional<double> SpelledNumberParser::beforeScaleForm(const std::string& folded) {
  if (!before_scale_) {
    before_scale_.emplace();
    // n thousand in every cardinal rule set, less its last word (the thousand): what n looks like there.
    for (int32_t i = 0; i < strict_->getNumberOfRuleSetNames(); ++i) {
      const icu::UnicodeString name = strict_->getRuleSetName(i);
      if (name.indexOf(u"ordinal") >= 0 || name.indexOf(u"year") >= 0) continue;
      for (int n = 1; n < 1000; n += n < 100 ? 1 : 100) {
        icu::UnicodeString out;
        icu::FieldPosition position;
        UErrorCode status = U_ZERO_ERROR;
        strict_->format(n * 1000.0, name, out, position, status);
        if (U_FAILURE(status)) continue;
        std::string written = toUtf8(out);
        const std::size_t last_space = written.rfind(' ');
        if (last_space == std::string::npos) continue;  // German "achtzigtausend": one word
        written.resize(last_space);
        before_scale_->emplace(foldKey(written), n);
      }
    }
  }
  const auto it = before_scale_->find(folded);
  if (it == before_scale_->end()) return std::nullopt;
  return it->second;
}

}  // namespace concord::rules
