#include "checker/model/unicode_text.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <new>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "checker/model/error.h"

namespace concord {

Utf16View::Utf16View(std::string_view utf8, std::size_t base) {
  offsets_.reserve(utf8.size() + 1);
  int32_t i = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  // Written into the string's own buffer: UTF-16 never has more units than UTF-8 has bytes. (Appending code
  // point by code point cost as much as ICU's word breaking of the same text.)
  char16_t* units = text_.getBuffer(std::max<int32_t>(length, 1));
  if (units == nullptr) throw std::bad_alloc();
  int32_t written = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 cp = 0;
    U8_NEXT(bytes, i, length, cp);
    if (cp < 0) cp = 0xFFFD;  // input was validated on reading; this only guards against misuse
    U16_APPEND_UNSAFE(units, written, cp);
    offsets_.push_back(base + static_cast<std::size_t>(start));
    if (U_IS_SUPPLEMENTARY(cp)) offsets_.push_back(base + static_cast<std::size_t>(start));
  }
  text_.releaseBuffer(written);
  offsets_.push_back(base + utf8.size());
}

std::size_t Utf16View::byteOffset(int32_t index) const {
  if (index < 0) return offsets_.front();
  if (static_cast<std::size_t>(index) >= offsets_.size()) return offsets_.back();
  return offsets_[static_cast<std::size_t>(index)];
}

std::string toUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool isAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string nfc(std::string_view text) {
  if (isAscii(text)) return std::string(text);  // already NFC
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  checkIcu(status, "NFC normalizer");
  const auto source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString result = normalizer->normalize(source, status);
  checkIcu(status, "NFC normalization");
  return toUtf8(result);
}

namespace {
// Transliterators are expensive to build and not thread-safe to share; one per thread.
icu::Transliterator& accentStripper() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
    checkIcu(status, "accent-stripping transliterator");
    return t;
  }();
  return *instance;
}
}  // namespace

std::string straightApostrophes(std::string_view word) {
  constexpr std::string_view kCurly = "\xE2\x80\x99";
  std::string result;
  result.reserve(word.size());
  for (std::size_t at = 0; at < word.size();) {
    if (word.substr(at, kCurly.size()) == kCurly) {
      result += '\'';
      at += kCurly.size();
    } else {
      result += word[at++];
    }
  }
  return result;
}

std::string foldKey(std::string_view text, bool strip_accents) {
  // Most words of a Latin-script article are ASCII, where NFKC_Casefold is ASCII lower case and there are no
  // marks to strip: a tenth of a batch's time went to ICU doing nothing else.
  if (isAscii(text)) {
    std::string key(text);
    for (char& c : key)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return key;
  }
  auto value = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
  checkIcu(status, "NFKC_Casefold normalizer");
  value = normalizer->normalize(value, status);
  checkIcu(status, "case folding");
  if (strip_accents) accentStripper().transliterate(value);
  return toUtf8(value);
}

namespace {
icu::UnicodeString utf16(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}
}  // namespace

std::string lowerCase(std::string_view text) {
  icu::UnicodeString value = utf16(text);
  value.toLower(icu::Locale::getRoot());
  return toUtf8(value);
}

std::string upperCase(std::string_view text) {
  icu::UnicodeString value = utf16(text);
  value.toUpper(icu::Locale::getRoot());
  return toUtf8(value);
}

std::string upperFirst(std::string_view text) {
  const icu::UnicodeString value = utf16(text);
  if (value.isEmpty()) return std::string(text);
  const int32_t first = value.moveIndex32(0, 1);  // a whole code point, surrogate pairs included
  icu::UnicodeString head = value.tempSubString(0, first);
  head.toUpper(icu::Locale::getRoot());
  return toUtf8(head + value.tempSubString(first));
}

std::size_t codePointCount(std::string_view text) {
  std::size_t count = 0;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  while (i < length) {
    U8_FWD_1(bytes, i, length);
    ++count;
  }
  return count;
}

char32_t codePointAt(std::string_view text, std::size_t offset, std::size_t* length) {
  if (offset >= text.size()) {
    if (length) *length = 0;
    return 0;
  }
  auto i = static_cast<int32_t>(offset);
  UChar32 cp = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), cp);
  if (length) *length = static_cast<std::size_t>(i) - offset;
  return cp < 0 ? 0xFFFD : static_cast<char32_t>(cp);
}

std::vector<std::size_t> codePointStarts(std::string_view text) {
  std::vector<std::size_t> starts;
  for (std::size_t at = 0; at < text.size();) {
    starts.push_back(at);
    std::size_t length = 0;
    codePointAt(text, at, &length);
    at += std::max<std::size_t>(length, 1);
  }
  return starts;
}

char32_t codePointBefore(std::string_view text, std::size_t offset, std::size_t* length) {
  if (offset == 0 || offset > text.size()) {
    if (length) *length = 0;
    return 0;
  }
  auto i = static_cast<int32_t>(offset);
  UChar32 cp = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, cp);
  if (length) *length = offset - static_cast<std::size_t>(i);
  return cp < 0 ? 0xFFFD : static_cast<char32_t>(cp);
}

std::string encodeUtf8(char32_t cp) {
  std::string out;
  icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(out);
  return out;
}

TextRange trimWhiteSpace(std::string_view text, TextRange range) {
  while (range.begin < range.end) {
    std::size_t len = 0;
    if (!isWhiteSpace(codePointAt(text, range.begin, &len))) break;
    range.begin += len;
  }
  while (range.end > range.begin) {
    std::size_t len = 0;
    if (!isWhiteSpace(codePointBefore(text, range.end, &len))) break;
    range.end -= len;
  }
  return range;
}

bool isLetter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }
bool isUpper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)); }
bool isDigit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }
bool isWhiteSpace(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)); }

}  // namespace concord
