#include "rules/evidence/press_letters.h"

#include <map>
#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/uset.h>

#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

/// The letters `language` writes, upper and lower case; empty when ICU knows no exemplars for it.
icu::UnicodeSet exemplarLetters(const std::string& language) {
  icu::UnicodeSet letters;
  UErrorCode status = U_ZERO_ERROR;
  ULocaleData* data = ulocdata_open(language.c_str(), &status);
  if (U_FAILURE(status)) return letters;
  for (const ULocaleDataExemplarSetType type : {ULOCDATA_ES_STANDARD, ULOCDATA_ES_AUXILIARY}) {
    UErrorCode s = U_ZERO_ERROR;
    USet* set = ulocdata_getExemplarSet(data, nullptr, USET_CASE_INSENSITIVE, type, &s);
    if (U_SUCCESS(s) && set != nullptr) letters.addAll(*icu::UnicodeSet::fromUSet(set));
    if (set != nullptr) uset_close(set);
  }
  ulocdata_close(data);
  return letters;
}

// Sets and transliterators are built once per thread: ICU objects are not safe to share while in use.
const icu::UnicodeSet& lettersOf(const std::string& language) {
  thread_local std::map<std::string, icu::UnicodeSet> cache;
  auto it = cache.find(language);
  if (it == cache.end()) it = cache.emplace(language, exemplarLetters(language)).first;
  return it->second;
}

icu::Transliterator* latinToAscii() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  return instance.get();
}

/// `letter` without its marks (NFD, combining marks dropped: ầ is a, ơ is o) when that is a letter the
/// language writes; else ICU's Latin-ASCII folding (ı is i, ł is l), whose rules cost more to build.
icu::UnicodeString plainLetter(UChar32 letter, const icu::UnicodeSet& letters) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_SUCCESS(status)) {
    const icu::UnicodeString parts = nfd->normalize(icu::UnicodeString(letter), status);
    icu::UnicodeString base;
    for (int32_t at = 0; at < parts.length();) {
      const UChar32 cp = parts.char32At(at);
      at += U16_LENGTH(cp);
      if (u_getCombiningClass(cp) == 0 && u_charType(cp) != U_NON_SPACING_MARK) base.append(cp);
    }
    if (U_SUCCESS(status) && base.length() > 0 && letters.containsAll(base)) return base;
  }
  icu::UnicodeString one(letter);
  if (icu::Transliterator* fold = latinToAscii()) fold->transliterate(one);
  return one;
}

}  // namespace

std::string pressSpelling(std::string_view form, const std::string& language) {
  if (isAscii(form)) return std::string(form);
  const icu::UnicodeSet& letters = lettersOf(language);
  if (letters.isEmpty()) return std::string(form);
  const std::string composed = nfc(form);
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(composed.data(), static_cast<int32_t>(composed.size())));
  icu::UnicodeString out;
  bool folded = false;
  for (int32_t at = 0; at < text.length();) {
    const UChar32 cp = text.char32At(at);
    at += U16_LENGTH(cp);
    if (!u_isalpha(cp) || letters.contains(cp)) {
      out.append(cp);
      continue;
    }
    out.append(plainLetter(cp, letters));
    folded = true;
  }
  return folded ? toUtf8(out) : std::string(form);
}

}  // namespace concord::rules
