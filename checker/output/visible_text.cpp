#include "checker/output/visible_text.h"

#include <cstdio>

#include "checker/model/unicode_text.h"

namespace concord {

std::string visibleControls(std::string_view text) {
  constexpr char32_t kControlPictures = 0x2400;  // U+2400 ␀ … U+241F ␟
  constexpr char32_t kDeletePicture = 0x2421;    // ␡
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const bool crlf = byte == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    if (byte < 0x20 && byte != '\t' && byte != '\n' && !crlf) {
      out += encodeUtf8(kControlPictures + byte);
    } else if (byte == 0x7F) {
      out += encodeUtf8(kDeletePicture);
    } else if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      char name[16];
      std::snprintf(name, sizeof name, "<U+%04X>", static_cast<unsigned char>(text[i + 1]));
      out += name;
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace concord
