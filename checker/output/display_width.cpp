#include "checker/output/display_width.h"

#include <unicode/uchar.h>

#include "checker/model/unicode_text.h"

namespace concord {

std::size_t displayWidth(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, i, &len);
    const int ea = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
    const bool zero =
        u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
    width += zero ? 0 : (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
    i += len == 0 ? 1 : len;
  }
  return width;
}

}  // namespace concord
