#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

#include "checker/model/text_range.h"

namespace concord {

/// A UTF-16 copy of a UTF-8 slice plus the map back to byte offsets, so ICU iterators (which work in
/// UTF-16) can report positions in the original bytes.
class Utf16View {
 public:
  /// `base` is the byte offset of `utf8` within its document; byteOffset() adds it back.
  Utf16View(std::string_view utf8, std::size_t base);

  const icu::UnicodeString& text() const { return text_; }
  /// Byte offset in the document of UTF-16 index `index` (index == length() maps to the slice end).
  std::size_t byteOffset(int32_t index) const;

 private:
  icu::UnicodeString text_;
  std::vector<std::size_t> offsets_;  // one per UTF-16 unit, plus the end
};

/// UTF-8 of a UnicodeString.
std::string toUtf8(const icu::UnicodeString& text);

/// True when every byte of `text` is ASCII: text that NFC, case folding and accent removal leave as it is,
/// but for the case of its letters, so callers may skip ICU for it.
bool isAscii(std::string_view text);

/// NFC form of `text`, for comparisons; never used to alter what is reported.
std::string nfc(std::string_view text);

/// A comparison key: NFC, full case folding, and (when `strip_accents`) marks removed.
std::string foldKey(std::string_view text, bool strip_accents = false);

/// `word` with ’ (U+2019) written as ' — Hunspell's dictionaries and our keys use the straight one.
std::string straightApostrophes(std::string_view word);

/// `text` in lower case, in upper case, and with its first letter in upper case (ICU root locale: full case
/// mapping, so "straße" upper-cases to "STRASSE" and Cyrillic and Greek work as Latin does).
std::string lowerCase(std::string_view text);
std::string upperCase(std::string_view text);
std::string upperFirst(std::string_view text);

/// Number of code points in `text` (valid UTF-8 assumed).
std::size_t codePointCount(std::string_view text);

/// The first code point of `text` at or after byte `offset`, with its length in bytes; 0 at the end.
char32_t codePointAt(std::string_view text, std::size_t offset, std::size_t* length = nullptr);

/// Byte offsets at which the code points of `text` start: where a word may be cut into parts.
std::vector<std::size_t> codePointStarts(std::string_view text);

/// The code point ending just before byte `offset`, with its length; 0 at the start.
char32_t codePointBefore(std::string_view text, std::size_t offset, std::size_t* length = nullptr);

/// UTF-8 encoding of one code point.
std::string encodeUtf8(char32_t cp);

/// `range` without the white space (Unicode White_Space: NBSP and NNBSP included) at either end.
TextRange trimWhiteSpace(std::string_view text, TextRange range);

bool isLetter(char32_t cp);
bool isUpper(char32_t cp);
bool isDigit(char32_t cp);
bool isWhiteSpace(char32_t cp);

}  // namespace concord
