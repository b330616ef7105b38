#include "aligners/anchor_keys.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include <unicode/numfmt.h>
#include <unicode/translit.h>

#include "aligners/lexicon.h"
#include "checker/model/error.h"
#include "checker/model/unicode_text.h"

namespace concord::aligners {
namespace {

// Builds a new string (std::string::replace in a loop trips GCC 12's -Wrestrict false positive).
void replaceAll(std::string& s, std::string_view from, std::string_view to) {
  if (s.find(from) == std::string::npos) return;
  std::string out;
  out.reserve(s.size() + to.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s.compare(i, from.size(), from) == 0) {
      out += to;
      i += from.size();
    } else {
      out += s[i++];
    }
  }
  s = std::move(out);
}

// Transliterators are not thread-safe: one per thread and id, created on first use.
icu::Transliterator& transliterator(const char* id) {
  thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>> cache;
  auto& slot = cache[id];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    checkIcu(status, id);
  }
  return *slot;
}

}  // namespace

std::string normaliseClusters(std::string key) {
  replaceAll(key, "tsch", "ch");
  replaceAll(key, "sch", "sh");
  replaceAll(key, "sh", "h");
  replaceAll(key, "kh", "h");
  replaceAll(key, "ch", "h");
  replaceAll(key, "zh", "y");
  replaceAll(key, "j", "y");
  replaceAll(key, "ou", "u");
  replaceAll(key, "w", "v");
  replaceAll(key, "y", "i");
  return key;
}

std::string romanizedKey(std::string_view word) { return romanizedKey(word, ""); }

std::string romanizedKey(std::string_view word, std::string_view language) {
  std::string key = lexiconKey(word);
  const bool ascii =
      std::all_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) {
    // The language's BGN/PCGN system where ICU has one (Харків → kharkiv, Синєгубов → synyehubov, as English
    // press writes them), else "Any-Latin"; then Latin-ASCII, with ISO 9's š ž č ŝ spelled out first:
    // Latin-ASCII alone would make Шойгу "Sojgu", which no Latin-script paper writes.
    const std::string_view primary = language.substr(0, language.find('-'));
    const char* id = primary == "uk"   ? "Ukrainian-Latin/BGN"
                     : primary == "ru" ? "Russian-Latin/BGN"
                     : primary == "be" ? "Belarusian-Latin/BGN"
                     : primary == "bg" ? "Bulgarian-Latin/BGN"
                                       : "Any-Latin";
    auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(key.data(), static_cast<int32_t>(key.size())));
    transliterator(id).transliterate(text);
    text.findAndReplace(u"ŝ", u"shch")
        .findAndReplace(u"š", u"sh")
        .findAndReplace(u"ž", u"zh")
        .findAndReplace(u"č", u"ch");
    transliterator("Latin-ASCII").transliterate(text);
    key = lexiconKey(toUtf8(text));
    // The soft sign becomes an apostrophe (Харьков → Har'kov); English writes none.
    std::erase_if(key, [](char c) { return c == '\'' || c == '"'; });
  }
  return normaliseClusters(std::move(key));
}

std::string cognateKey(std::string_view romanized) {
  std::size_t count = 0, bytes = 0;
  while (bytes < romanized.size() && count < 5) {
    std::size_t length = 0;
    codePointAt(romanized, bytes, &length);
    bytes += std::max<std::size_t>(length, 1);
    ++count;
  }
  if (count < 4) return {};
  return std::string(romanized.substr(0, bytes));
}

std::optional<double> parseLocaleNumber(std::string_view text, const std::string& lang) {
  // Join "1 500" / "1 500" / "1 500": a space followed by exactly three digits is a group separator.
  std::string joined;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    const char32_t cp = codePointAt(text, i, &length);
    if (cp == U' ' || cp == U'\u00A0' || cp == U'\u202F') {
      std::size_t digits = 0, j = i + length;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++digits, ++j;
      if (digits == 3 && !joined.empty() && joined.back() >= '0' && joined.back() <= '9') {
        i += length;
        continue;
      }
    }
    joined.append(text.substr(i, length));
    i += std::max<std::size_t>(length, 1);
  }
  thread_local std::string cached_lang;
  thread_local std::unique_ptr<icu::NumberFormat> format;
  if (!format || cached_lang != lang) {
    UErrorCode status = U_ZERO_ERROR;
    format.reset(icu::NumberFormat::createInstance(icu::Locale(lang.c_str()), status));
    checkIcu(status, "number format");
    format->setLenient(false);
    cached_lang = lang;
  }
  const auto unicode =
      icu::UnicodeString::fromUTF8(icu::StringPiece(joined.data(), static_cast<int32_t>(joined.size())));
  icu::Formattable result;
  icu::ParsePosition position(0);
  format->parse(unicode, result, position);
  if (position.getIndex() != unicode.length() || position.getErrorIndex() >= 0) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const double value = result.getDouble(status);
  if (U_FAILURE(status) || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace concord::aligners
