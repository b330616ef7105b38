#include "checker/lsp/lsp_positions.h"

#include <tuple>

#include <unicode/unistr.h>

namespace concord::lsp {
namespace {

std::tuple<long long, long long> key(const nlohmann::json& position) {
  return {position.at("line").get<long long>(), position.at("character").get<long long>()};
}

}  // namespace

nlohmann::json lspPosition(const Document& doc, std::size_t offset) {
  const LineIndex& lines = doc.lines();
  const std::size_t line = lines.at(offset).line;
  const std::size_t start = lines.lineStart(line);
  const std::string_view before(doc.original().data() + start, offset > start ? offset - start : 0);
  const auto utf16 =
      icu::UnicodeString::fromUTF8(icu::StringPiece(before.data(), static_cast<int32_t>(before.size())));
  return {{"line", line - 1}, {"character", utf16.length()}};
}

nlohmann::json lspRange(const Document& doc, TextRange range) {
  return {{"start", lspPosition(doc, range.begin)}, {"end", lspPosition(doc, range.end)}};
}

bool rangeContains(const nlohmann::json& lsp_range, const nlohmann::json& position) {
  return key(lsp_range.at("start")) <= key(position) && key(position) <= key(lsp_range.at("end"));
}

bool rangesTouch(const nlohmann::json& a, const nlohmann::json& b) {
  return key(a.at("start")) <= key(b.at("end")) && key(b.at("start")) <= key(a.at("end"));
}

}  // namespace concord::lsp
