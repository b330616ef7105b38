// The pieces of `concord lsp` under the protocol: message framing, UTF-16 positions, file URIs, settings.
#include <sstream>

#include <gtest/gtest.h>

#include "checker/lsp/file_uri.h"
#include "checker/lsp/json_rpc.h"
#include "checker/lsp/lsp_positions.h"
#include "checker/lsp/workspace_settings.h"
#include "checker/model/error.h"

namespace concord::lsp {
namespace {

TEST(LspFraming, ReadsMessagesBackToBackWhateverTheHeaderCase) {
  std::istringstream in(
      "Content-Length: 2\r\n\r\n{}"
      "content-length: 8\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1,\"é\"]");
  EXPECT_EQ(readMessage(in), "{}");
  EXPECT_EQ(readMessage(in), "[1,\"é\"]");  // the length counts bytes, not characters
  EXPECT_EQ(readMessage(in), std::nullopt);
}

TEST(LspFraming, ABadHeaderIsAnErrorAndTheNextMessageStillReads) {
  std::istringstream in(
      "Content-Type: text/plain\r\n\r\nContent-Length: x1\r\n\r\nContent-Length: 2\r\n\r\n{}");
  EXPECT_THROW(readMessage(in), FramingError);
  EXPECT_THROW(readMessage(in), FramingError);
  EXPECT_EQ(readMessage(in), "{}");
}

TEST(LspFraming, ABodyCutOffEndsTheInput) {
  std::istringstream in("Content-Length: 10\r\n\r\n{}");
  EXPECT_EQ(readMessage(in), std::nullopt);
}

TEST(LspFraming, WritesTheByteLength) {
  std::ostringstream out;
  writeMessage(out, {{"a", "é"}});
  EXPECT_EQ(out.str(), "Content-Length: 10\r\n\r\n{\"a\":\"é\"}");
}

TEST(LspPositions, CharactersAreUtf16CodeUnits) {
  // 🇺🇦 is two code points of four bytes each, two UTF-16 units each; “ is one unit of three bytes.
  const Document doc("a.en.txt", "Kyiv\r\n🇺🇦 “Kiev”\n", "en", TextFormat::plain);
  const std::size_t kiev = doc.original().find("Kiev");
  EXPECT_EQ(lspPosition(doc, kiev), (nlohmann::json{{"line", 1}, {"character", 6}}));
  const auto range = lspRange(doc, {kiev, kiev + 4});
  EXPECT_EQ(range["end"], (nlohmann::json{{"line", 1}, {"character", 10}}));
  EXPECT_EQ(lspPosition(doc, 4), (nlohmann::json{{"line", 0}, {"character", 4}}));  // the CR ends line 0
  EXPECT_TRUE(rangeContains(range, {{"line", 1}, {"character", 10}}));
  EXPECT_FALSE(rangeContains(range, {{"line", 1}, {"character", 11}}));
  EXPECT_TRUE(rangesTouch(
      range, {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 1}, {"character", 6}}}}));
  EXPECT_FALSE(rangesTouch(
      range, {{"start", {{"line", 2}, {"character", 0}}}, {"end", {{"line", 2}, {"character", 0}}}}));
}

TEST(LspFileUris, PercentEncodingBothWays) {
  EXPECT_EQ(uriFromPath("/tmp/news desk/Kyiv é.en.md"), "file:///tmp/news%20desk/Kyiv%20%C3%A9.en.md");
  EXPECT_EQ(pathFromUri("file:///tmp/news%20desk/Kyiv%20%C3%A9.en.md"), "/tmp/news desk/Kyiv é.en.md");
  EXPECT_THROW(pathFromUri("untitled:Untitled-1"), UserError);
}

TEST(LspSettings, ReadsTheConcordSectionOnly) {
  const auto settings =
      mergeSettings({}, {{"concord", {{"targetLang", "en"}, {"style", "bbc"}}}, {"editor", 1}});
  EXPECT_EQ(settings.target_lang, "en");
  EXPECT_EQ(settings.style, "bbc");
  EXPECT_EQ(mergeSettings(settings, {{"concord", {{"style", nullptr}}}}).style, "bbc");  // null: unchanged
  EXPECT_EQ(mergeSettings(settings, {{"other", 1}}).target_lang, "en");
  EXPECT_THROW(mergeSettings({}, {{"concord", {{"colour", "red"}}}}), UserError);
  EXPECT_THROW(mergeSettings({}, {{"concord", {{"style", 3}}}}), UserError);
}

}  // namespace
}  // namespace concord::lsp
