#include "rules/evidence/sentence_ends.h"

#include <unicode/uchar.h>

#include "checker/model/unicode_text.h"

namespace concord::rules {

bool endsWithTerminal(std::string_view text, TextRange range) {
  std::size_t end = range.end;
  while (end > range.begin) {
    std::size_t len = 0;
    const char32_t cp = codePointBefore(text, end, &len);
    const auto category = u_charType(static_cast<UChar32>(cp));
    const bool closer = category == U_FINAL_PUNCTUATION || category == U_END_PUNCTUATION ||
                        u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_QUOTATION_MARK) ||
                        isWhiteSpace(cp);
    if (!closer) break;
    end -= len;
  }
  if (end == range.begin) return false;
  const char32_t last = codePointBefore(text, end);
  return u_hasBinaryProperty(static_cast<UChar32>(last), UCHAR_S_TERM) || last == U':' || last == U';' ||
         last == U'…';
}

}  // namespace concord::rules
