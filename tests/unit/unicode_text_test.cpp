// Comparison keys of checker/model/unicode_text: ASCII text takes a short path past ICU, which must give what
// ICU gives.
#include "checker/model/unicode_text.h"

#include <gtest/gtest.h>

namespace concord {
namespace {

std::vector<std::string> asciiSamples() {
  std::string every_ascii;
  for (char c = 1; c < 127; ++c) every_ascii += c;
  return {every_ascii, "Hello, World-Wide Web's 42 NAMES", "KYIV", "Strasse", ""};
}

TEST(FoldKey, OfAsciiTextIsWhatIcuGives) {
  // "é" (a starter, composed with nothing before it) sends the whole text through ICU's case folding.
  for (const std::string& text : asciiSamples()) {
    EXPECT_EQ(foldKey(text) + "\u00E9", foldKey(text + "\u00E9")) << text;
    EXPECT_EQ(foldKey(text, true) + "e", foldKey(text + "\u00E9", true)) << text;
  }
  EXPECT_EQ(foldKey("Ça VA"), "\u00E7a va");
  EXPECT_EQ(foldKey("Ça VA", true), "ca va");
  EXPECT_EQ(foldKey("STRASSE"), "strasse");
}

TEST(Nfc, OfAsciiTextIsTheText) {
  for (const std::string& text : asciiSamples())
    EXPECT_EQ(nfc(text) + "\u00E9", nfc(text + "e\u0301")) << text;
  EXPECT_TRUE(isAscii("Kyiv, 2024"));
  EXPECT_FALSE(isAscii("Kyïv"));
}

}  // namespace
}  // namespace concord
